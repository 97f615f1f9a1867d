"""Headless Chromium on the served page: ask the seed question, run a query in YASGUI.

Needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver), selenium, and the
front-end packages (scripts/web-assets.sh); skipped, saying which is missing, otherwise.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from server.pages import NODE_MODULES

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium chromium-driver)"),
    pytest.mark.skipif(not DRIVER.exists() and not shutil.which("chromedriver"),
                       reason="chromedriver is absent (apt-get install chromium-driver)"),
    pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="node_modules is missing (run scripts/web-assets.sh)"),
]


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(DRIVER if DRIVER.exists() else shutil.which("chromedriver"))))
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait
    return WebDriverWait(driver, timeout).until(condition)


def test_ask_the_seed_question(browser, live_server):
    from selenium.webdriver.common.by import By
    browser.get(live_server.url + "/")
    box = browser.find_element(By.ID, "question")
    box.send_keys("which agreements did Pezeshkian sign in January 2025")
    browser.find_element(By.CSS_SELECTOR, "#ask-form button").click()
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#answers li.answer"))
    answers = browser.find_element(By.ID, "answers").text
    assert "treaty" in answers.lower()
    assert "signed a broad cooperation pact" in answers  # the evidence sentence
    link = browser.find_element(By.CSS_SELECTOR, "#answers li.answer > a")
    assert "/resource/agreement/" in link.get_attribute("href")


def test_run_a_query_in_yasgui(browser, live_server):
    from selenium.webdriver.common.by import By
    browser.get(live_server.url + "/#sparql")
    wait_for(browser, lambda d: d.execute_script("return typeof yasgui !== 'undefined' && !!yasgui.getTab()"))
    browser.execute_script("yasgui.getTab().setQuery(arguments[0]); yasgui.getTab().query();",
                           "PREFIX dkg: <https://w3id.org/diplokg/ontology#> "
                           "SELECT ?name WHERE { ?a a dkg:Treaty ; dkg:name ?name }")
    wait_for(browser, lambda d: "comprehensive strategic partnership" in d.find_element(By.CSS_SELECTOR, ".yasr").text.lower())
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] if hasattr(browser, "get_log") else []
    assert not [e for e in errors if "yasgui" in e["message"].lower()]


def test_entity_page_draws_counterparts(browser, live_server):
    from selenium.webdriver.common.by import By
    browser.get(live_server.url + "/resource/person/vladimir-putin")
    assert "Timeline" in browser.page_source
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#graph canvas"))
    browser.save_screenshot("/tmp/diplokg-person.png")
