/**
 * The short script the iframe snippet carries for the host page: it sizes each peacepanel iframe to the
 * height its page reports (`post-height.ts`). It accepts a message only when it comes from the embed's
 * origin AND from the window of an iframe on the page, and it sizes that iframe only; any other message
 * (another origin, another frame, a malformed height) is ignored. Pasting it twice is harmless (each
 * copy sets the same height). After Datawrapper's responsive embed script.
 */
import { HEIGHT_MESSAGE } from '../../embed/post-height.js';

/** Heights outside this range are ignored (a broken or hostile page cannot blow up the host). */
export const MAX_EMBED_HEIGHT = 5000;

/**
 * The host page's resize script for embeds served from `embedOrigin` (ES5, no dependencies).
 * @example resizeScript('https://peacepanel.example') // '<script>(function(o){…})("https://peacepanel.example");</script>'
 */
export function resizeScript(embedOrigin: string): string {
  const body = `function(o){window.addEventListener("message",function(e){var d=e.data&&e.data[${JSON.stringify(HEIGHT_MESSAGE)}];if(e.origin!==o||!d||typeof d!=="object")return;var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)for(var k in d){var h=Math.ceil(Number(d[k]));if(h>0&&h<=${MAX_EMBED_HEIGHT})f[i].style.height=h+"px"}})}`;
  return `<script>(${body})(${JSON.stringify(embedOrigin).replace(/</g, '\\u003c')});</script>`;
}
