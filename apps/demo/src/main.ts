/**
 * The demo's entry: the shell, the router and the dataset store. Pages are separate chunks loaded on
 * demand; the dataset is fetched after the first paint; estimation runs in a worker.
 */
import './styles/app.css';
import { Router } from './routing/router.js';
import { DatasetStore } from './services/dataset-store.js';
import { AppShell } from './shell/app-shell.js';

const root = document.getElementById('app');
if (root) {
  const router = new Router(window);
  const data = new DatasetStore();
  const shell = new AppShell(root, { router, data });
  void shell.start();
  const sync = () => {
    data.use(router.route.params.data === 'upload' ? 'upload' : 'bundled').catch(() => {});
  };
  router.subscribe(sync);
  sync();
}
