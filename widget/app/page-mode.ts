/**
 * Full-page mode (/chat) for in-app webviews: the chat fills the screen (dvh and safe-area insets, see
 * styles.css), stays above the soft keyboard by following the visual viewport, and the back gesture
 * becomes "close requested" for the native side.
 */
export function enterPageMode(onBack: () => void): void {
  const root = document.documentElement;
  root.dataset.mode = 'page';
  const viewport = window.visualViewport;
  if (viewport) {
    const fit = () => {
      root.style.setProperty('--vv-height', `${viewport.height}px`);
      root.style.setProperty('--vv-top', `${viewport.offsetTop}px`);
    };
    viewport.addEventListener('resize', () => {
      fit();
      document.querySelector('.log')?.lastElementChild?.scrollIntoView({ block: 'end' });
    });
    viewport.addEventListener('scroll', fit);
    fit();
  }
  // One history entry of our own: the back gesture (iOS swipe, Android back) pops it and asks to close.
  history.pushState({ kefu: 'chat' }, '');
  window.addEventListener('popstate', onBack);
}
