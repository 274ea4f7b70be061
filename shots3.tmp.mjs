import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [w,h,path,tag,scheme] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4], process.argv[5], process.argv[6] ?? 'light'];
const p = await b.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
await p.goto('http://localhost:4199' + path);
await p.waitForSelector('section[data-ready="true"]', { timeout: 60000 });
await p.waitForLoadState('networkidle');
const total = await p.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 0; y < total && i < 12; y += h) {
  await p.evaluate((y) => window.scrollTo(0, y), y);
  await p.waitForTimeout(1200);
  await p.screenshot({ path: `/tmp/v-${tag}-${i++}.png` });
}
console.log(total, i);
await b.close();
