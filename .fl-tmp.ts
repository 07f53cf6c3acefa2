import { measureFirstLoadJs } from './scripts/bench/page';
(async () => {
  for (const p of ['/', '/sent']) {
    const r = await measureFirstLoadJs('http://127.0.0.1:3102', p);
    console.log(p, r.totalGzipBytes, 'B gzip', r.files.length, 'files');
  }
})();
