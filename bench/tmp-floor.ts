import { chromium } from 'playwright-core';
import { fillFloor, timeMapStart } from './map-floor';
(async () => {
  const base = process.argv[2];
  await fillFloor(base, '/work/main/public/__bench');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const r = await timeMapStart(browser, base, Number(process.argv[3] ?? 3));
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const x of r) console.log(x.viewport, JSON.stringify(x.page), JSON.stringify(x.floor), (med(x.page) / med(x.floor)).toFixed(2));
  await browser.close();
})();
