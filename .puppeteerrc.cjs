// Never download a browser (it fails on machines without general internet
// access): dingben and the test tools use Debian's Chromium.
module.exports = { skipDownload: true };
