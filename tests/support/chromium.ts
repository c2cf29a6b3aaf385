import {execFileSync} from 'node:child_process';
import {type Browser, chromium} from 'playwright-core';

/* Headless Chromium for the tests that look at HTML as a reader would (.ci/run installs the Debian package). */

/** The installed Chromium's path, or null when there is none (those tests are then skipped). */
export function chromiumPath(): string | null {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], {encoding: 'utf8'}).trim() || null;
    } catch {
      // try the next name
    }
  }
  return null;
}

/** Chromium at `path`, headless, without a sandbox, a GPU or background traffic. */
export function launchChromium(path: string): Promise<Browser> {
  return chromium.launch({executablePath: path, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']});
}
