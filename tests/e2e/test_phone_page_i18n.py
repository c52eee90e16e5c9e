"""The phone page in each language in a real browser: headless Chromium, the real publisher on
127.0.0.1, the language from Accept-Language (set through DevTools, as a phone's browser sends
it, and through Chromium's own --lang), nothing wider than its box, pictures that parse and draw.

`python tests/e2e/test_phone_page_i18n.py FOLDER` writes an iPhone-sized screenshot of the page
per language (phone-page-<lang>.png) for looking at.
"""

from __future__ import annotations

import queue
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_phone_page_chromium import IPHONE, Browser, chromium_path, needs_chromium

from trustanchor.core.pictures.illustrations import unconfirmed_labels
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.profile import display_name
from trustanchor.core.publish.language import LANGUAGES
from trustanchor.core.publish.publisher import Publisher
from trustanchor.core.publish.server import PublishEvent

CA_NAME = "Home Lab Root CA"
ACCEPT = {"en": "en-US,en;q=0.9", "de": "de-DE,de;q=0.9,en;q=0.8", "ja": "ja-JP,ja;q=0.9",
          "zh-Hans": "zh-CN,zh;q=0.9,en;q=0.5", "fr": "fr-FR,fr;q=0.9", "es": "es-ES,es;q=0.9",
          "pt-BR": "pt-BR,pt;q=0.9"}
PIXEL = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
         "Chrome/125.0.0.0 Mobile Safari/537.36")
NAMES = {"iPhone", "iPad", "iOS", "Safari", "Android", "Samsung", "Firefox", "VPN", "CA",
         CA_NAME, "ca.crt", "Home-Lab-Root-CA.crt"}

# The picture strips (.shots) scroll sideways by design and bleed 4 px into the padding, so the
# text boxes are measured with them set aside; each caption is measured inside its figure.
LAYOUT_JS = """(() => {
  const visible = (el) => !!el && !el.closest('[hidden]') && el.getClientRects().length > 0;
  const boxes = [...document.querySelectorAll(
      '#ta-primary ol.steps, #ta-primary ol.steps > li, #ta-primary .platform-body, '
      + '.languages, .ca-card, .test')].filter(visible);
  const captions = [...document.querySelectorAll('#ta-primary figcaption')].filter(visible);
  const measure = (b) => b.scrollWidth > b.clientWidth;
  const name = (b) => b.tagName + ' ' + b.className + ' ' + b.scrollWidth + '>' + b.clientWidth;
  const wideCaptions = captions.filter(measure).map(name);
  const strips = [...document.querySelectorAll('.shots')];
  strips.forEach((s) => { s.style.display = 'none'; });
  const wide = boxes.filter(measure).map(name).concat(wideCaptions);
  strips.forEach((s) => { s.style.display = ''; });
  const steps = [...document.querySelectorAll('#ta-primary ol.steps')].filter(visible)
    .flatMap((ol) => [...ol.children]).map((li) => {
      const copy = li.cloneNode(true);
      copy.querySelectorAll('figure, code').forEach((n) => n.remove());
      return copy.textContent;
    });
  const imgs = [...document.querySelectorAll('#ta-primary img')].filter(visible)
    .map((i) => i.getAttribute('src'));
  return {lang: document.documentElement.lang, wide, steps, imgs, boxes: boxes.length,
          pageWide: document.documentElement.scrollWidth > window.innerWidth,
          menu: [...document.querySelectorAll('.languages a')].map((a) => a.getAttribute('href'))};
})()"""

# Fetch every picture of the open steps, parse it as XML, then draw it in an <img>.
PICTURES_JS = """(async () => {
  const srcs = %s;
  const out = [];
  for (const src of srcs) {
    const text = await (await fetch(src)).text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const parsed = !doc.querySelector('parsererror') && doc.documentElement.tagName === 'svg';
    const img = new Image();
    const drawn = await new Promise((ok) => {
      img.onload = () => ok(img.naturalWidth > 0); img.onerror = () => ok(false); img.src = src;
    });
    out.push({src, parsed, drawn, lang: text.includes('ルート証明書') ? 'ja' : ''});
  }
  return out;
})()"""


@pytest.fixture(scope="module")
def publisher() -> Iterator[Publisher]:
    events: queue.Queue[PublishEvent] = queue.Queue()
    pub = Publisher(CertificateAuthority.create(CA_NAME), bind="127.0.0.1", port=0,
                    https_port=0, mdns=False, on_event=events.put)
    pub.start()
    try:
        yield pub
    finally:
        pub.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if chromium_path() is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    instance = Browser()
    try:
        yield instance
    finally:
        instance.close()


def open_in(browser: Browser, url: str, user_agent: str, accept: str) -> dict[str, Any]:
    browser.emulate(user_agent)
    browser.call("Emulation.setUserAgentOverride",
                 {"userAgent": user_agent, "acceptLanguage": accept}, session=True)
    browser.open(url)
    state: dict[str, Any] = browser.js(LAYOUT_JS)
    return state


@needs_chromium
@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("user_agent", [IPHONE, PIXEL], ids=["iphone", "android"])
def test_each_language_loads_fits_and_draws(browser: Browser, publisher: Publisher,
                                            code: str, user_agent: str) -> None:
    state = open_in(browser, publisher.http_url, user_agent, ACCEPT[code])
    assert state["lang"] == code
    assert state["boxes"] >= 4 and state["wide"] == [] and state["pageWide"] is False
    assert state["menu"] == [f"/?lang={c}" for c in LANGUAGES]
    assert state["imgs"]
    own = [src for src in state["imgs"] if src.startswith(f"/ill/{code}/")]
    # Own pictures where labels are confirmed: iOS ones in German, Japanese and Chinese,
    # Android's (AOSP's translations) in every language but English.
    assert bool(own) == (code in ("de", "ja", "zh-Hans") if user_agent == IPHONE
                         else code != "en")
    pictures = browser.js(PICTURES_JS % repr(state["imgs"]), await_promise=True)
    assert all(p["parsed"] and p["drawn"] for p in pictures), pictures
    if code in ("ja", "zh-Hans"):   # no English left but names and listed labels
        allowed = unconfirmed_labels(code) | NAMES
        for step in state["steps"]:
            step = step.replace(display_name(CA_NAME), "")
            for run in re.findall(r"[A-Za-z][A-Za-z0-9&.'’… -]*[A-Za-z0-9.…]|[A-Za-z]", step):
                assert run.strip() in allowed, (code, run, step)


@needs_chromium
def test_the_menus_lang_wins_over_the_browsers_language(browser: Browser,
                                                        publisher: Publisher) -> None:
    state = open_in(browser, publisher.http_url + "?lang=ja", IPHONE, ACCEPT["de"])
    assert state["lang"] == "ja"
    assert any("証明書信頼設定" in step for step in state["steps"])
    current = browser.js("document.querySelector('.languages a[aria-current]').textContent")
    assert current == "日本語"


@needs_chromium
def test_chromiums_own_lang_flag_is_followed(publisher: Publisher) -> None:
    browser = Browser("--lang=de-DE", "--accept-lang=de-DE,de")
    try:
        browser.emulate(IPHONE)
        browser.open(publisher.http_url)
        assert browser.js("document.documentElement.lang") == "de"
        assert "Einstellungen" in browser.js("document.getElementById('ta-primary').textContent")
    finally:
        browser.close()


def _main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: test_phone_page_i18n.py FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    pub = Publisher(CertificateAuthority.create(CA_NAME), bind="127.0.0.1", port=0,
                    https_port=0, mdns=False)
    pub.start()
    browser = Browser()
    try:
        for code in LANGUAGES:
            open_in(browser, pub.http_url, IPHONE, ACCEPT[code])
            browser.js("document.querySelectorAll('img').forEach((i) => { i.loading = 'eager'; })")
            browser.wait_js("[...document.querySelectorAll('#ta-primary img')]"
                            ".every((i) => i.complete)")
            (folder / f"phone-page-{code}.png").write_bytes(browser.screenshot())
    finally:
        browser.close()
        pub.stop()
    print(f"wrote {len(LANGUAGES)} screenshots to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
