import { useState } from 'preact/hooks';
import { t } from './i18n.ts';
import { askNotificationPermission, notificationPermission } from './notify.ts';

/** The profile's desktop-notification switch: what this browser allows, and a button to ask. */
export function NotificationSetting() {
  const [permission, setPermission] = useState(notificationPermission);
  return (
    <div class="field">
      <span class="field-label">{t('notifications')}</span>
      <p class="field-hint" id="notify-state" role="status">{t(`notifications_${permission}`)}</p>
      {permission === 'default' && (
        <button type="button" class="btn btn-sm notify-ask" aria-describedby="notify-state" onClick={() => void askNotificationPermission().then(setPermission)}>
          {t('notifications_ask')}
        </button>
      )}
    </div>
  );
}
