// Printed at the end of `npm run setup`: where the built extension is and how to load it.
console.log(`
Built.
  Chrome/Chromium/Edge: chrome://extensions → Developer mode → Load unpacked → .output/chrome-mv3
  Firefox: about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json
           (or \`npm run zip\` and install .output/*-firefox.zip)
Try it on the bundled sample articles: npm start`);
