/** @peacepanel/widget: the <partnership-effect> web component. */
export const TAG_NAME = 'partnership-effect';
