import { VERSION } from '@peacepanel/core';

const app = document.getElementById('app');
if (app) app.dataset.coreVersion = VERSION;
