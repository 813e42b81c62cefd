import type { Channels as ChannelList } from '../../protocol/sites.ts';
import { safeHref } from '../../ui/Markdown.tsx';
import { t } from './ui-language.ts';

/** Brand names as the brands write them (WeChat and LINE come from the UI language: 微信 in Chinese). */
const NETWORKS: Record<string, string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  weibo: 'Weibo',
  kakaotalk: 'KakaoTalk',
};

/** The site's other channels: tap-to-call numbers, a mailto: address, social accounts and the help centre. */
export function Channels({ channels }: { channels: ChannelList }) {
  return (
    <ul class="channels">
      {channels.phones.map((p) => (
        <li key={p.number}>
          <a href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>
            <span class="channel-kind">{t('channel_phone', { region: p.region })}</span>
            <span dir="ltr">{p.number}</span>
          </a>
        </li>
      ))}
      {channels.email && (
        <li>
          <a href={`mailto:${channels.email}`}>
            <span class="channel-kind">{t('channel_email')}</span>
            <span dir="ltr">{channels.email}</span>
          </a>
        </li>
      )}
      {channels.social.map((s) => {
        const name = s.network === 'wechat' || s.network === 'line' ? t(`kind_${s.network}`) : (NETWORKS[s.network] ?? t('channel_other'));
        const href = 'url' in s ? safeHref(s.url) : null;
        const label = (
          <>
            <span class="channel-kind">{name}</span>
            <span dir="ltr">{'handle' in s ? s.handle : new URL(s.url).host}</span>
          </>
        );
        return <li key={`${s.network}-${'url' in s ? s.url : s.handle}`}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{label}</a> : <span class="channel-text">{label}</span>}</li>;
      })}
      {channels.helpCenter && safeHref(channels.helpCenter) && (
        <li>
          <a href={safeHref(channels.helpCenter)!} target="_blank" rel="noopener noreferrer">
            <span class="channel-kind">{t('channel_help')}</span>
            <span dir="ltr">{new URL(channels.helpCenter).host}</span>
          </a>
        </li>
      )}
    </ul>
  );
}
