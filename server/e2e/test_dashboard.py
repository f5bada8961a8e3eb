#!/usr/bin/env python3
"""End-to-end tests of the dashboard in a real headless Chromium (issue 21), driven by selenium.

Run by scripts/test-server.sh against a running `smartscore serve`: load the ranking, filter by province,
open a city, move a weight slider and check the ranking the page shows against the CLI's
`rank --weights FILE --format json` for the same weights, switch language (and see it remembered), and
check that the browser reported no Content-Security-Policy violation on any page.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

DIMENSIONS = ["governance", "branding", "economy", "living", "society", "environment"]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium-manager must not look for drivers on the network
    return webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)


def cli_rank(args, extra):
    out = subprocess.run([args.bin, "rank", "--db", args.db, "--dataset", args.dataset, "--format", "json"] + extra,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def visible_rows(driver):
    return [row for row in driver.find_elements(By.CSS_SELECTOR, "#ranking tbody tr") if row.is_displayed()]


def same_ranking(rows, cities, tolerance=0.0):
    """The rows show the cities in the same order with the same indices (to the bit unless a tolerance is given;
    none where the CLI has null)."""
    if len(rows) != len(cities):
        return False
    for row, city in zip(rows, cities):
        score = row.get_attribute("data-score")
        if row.get_attribute("data-code") != city["code"]:
            return False
        if (score == "") != (city["score"] is None) or (score and abs(float(score) - city["score"]) > tolerance):
            return False
    return True


def csp_violations(driver):
    return [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]


class Checks:
    def __init__(self):
        self.passed, self.failed = 0, []

    def expect(self, condition, what):
        if condition:
            self.passed += 1
            print(f"  ok   {what}")
        else:
            self.failed.append(what)
            print(f"  FAIL {what}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--dataset", required=True)
    args = parser.parse_args()
    base = args.base.rstrip("/")
    check = Checks()
    started = time.monotonic()
    driver = browser()
    wait = WebDriverWait(driver, 20)
    try:
        print("ranking page")
        driver.get(f"{base}/?dataset={args.dataset}&lang=id")
        cli = cli_rank(args, [])
        rows = visible_rows(driver)
        check.expect(len(rows) == len(cli["cities"]), f"the ranking lists every city ({len(rows)} of {len(cli['cities'])})")
        shown = [(r.get_attribute("data-code"), r.get_attribute("data-rank")) for r in rows]
        expected = [(c["code"], None if c["rank"] is None else str(c["rank"])) for c in cli["cities"]]
        check.expect(shown == expected, "the page's order and ranks are rank --format json's")
        check.expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id", "Indonesian by default")

        print("filter by province")
        provinces = [c.get("province") for c in cli["cities"] if c.get("province")]
        province = max(set(provinces), key=provinces.count)
        Select(driver.find_element(By.ID, "province")).select_by_value(province)
        wait.until(lambda d: all(r.get_attribute("data-province") == province for r in visible_rows(d)))
        in_province = cli_rank(args, ["--province", province])
        codes = [r.get_attribute("data-code") for r in visible_rows(driver)]
        check.expect(codes == [c["code"] for c in in_province["cities"]], f"filtered to {province}: {len(codes)} cities, as rank --province")
        check.expect("province=" in driver.current_url, "the address keeps the filter")
        levels = [c["level"] for c in in_province["cities"] if c["level"]]
        if levels:
            level = max(set(levels), key=levels.count)
            Select(driver.find_element(By.ID, "level")).select_by_value(level)
            wait.until(lambda d: all(r.get_attribute("data-level") == level for r in visible_rows(d)))
            codes = [r.get_attribute("data-code") for r in visible_rows(driver)]
            check.expect(codes == [c["code"] for c in in_province["cities"] if c["level"] == level],
                         f"and by level {level}: {len(codes)} cities")
            Select(driver.find_element(By.ID, "level")).select_by_value("")
                # Sorting by the index, ascending: the last ranked city comes first.
        driver.find_element(By.CSS_SELECTOR, "th[data-key='score'] button").click()
        scores = [r.get_attribute("data-score") for r in visible_rows(driver)]
        numbers = [float(s) for s in scores if s]
        check.expect(numbers == sorted(numbers), "a click on the index heading sorts ascending")

        print("choose a year")
        year_select = Select(driver.find_element(By.ID, "year"))
        latest = year_select.first_selected_option.get_attribute("value")
        check.expect(latest == str(cli["year"]), f"the year shown by default is rank's ({latest})")
        earlier = next(o.get_attribute("value") for o in year_select.options
                       if int(o.get_attribute("value")) < int(latest) and o.text == o.get_attribute("value"))
        year_select.select_by_value(earlier)
        wait.until(lambda d: f"year={earlier}" in d.current_url
                   and Select(d.find_element(By.ID, "year")).first_selected_option.get_attribute("value") == earlier)
        # The province chosen above goes along with the year.
        of_year = cli_rank(args, ["--year", earlier, "--province", province])
        rows = visible_rows(driver)
        check.expect(same_ranking(rows, of_year["cities"]),
                     f"year {earlier}, still {province}: the order and indices are rank --year {earlier} --province's")
        check.expect(f"year {earlier}" in driver.find_element(By.ID, "dataset-line").text
                     or f"tahun data {earlier}" in driver.find_element(By.ID, "dataset-line").text, "the page says the year")

        print("open a city")
        first = visible_rows(driver)[0]
        name = first.find_element(By.CSS_SELECTOR, "td a").text
        first.find_element(By.CSS_SELECTOR, "td a").click()
        wait.until(lambda d: "/city/" in d.current_url)
        check.expect(f"year={earlier}" in driver.current_url, "the city page keeps the year")
        check.expect(name in driver.find_element(By.TAG_NAME, "main").text, f"the city page of {name}")
        check.expect(len(driver.find_elements(By.CSS_SELECTOR, "main section")) >= 5, "the city page has the report's sections")
        check.expect(len(driver.find_elements(By.CSS_SELECTOR, "main svg")) >= 1, "the city page draws its charts")

        print("what-if weights")
        driver.get(f"{base}/whatif?dataset={args.dataset}&lang=id")
        equal = cli_rank(args, [])
        dimension = next(d for d in ["living", "society", "economy"] + DIMENSIONS if d in equal["method"]["shares"]["dimensions"])
        slider = driver.find_element(By.ID, f"w-{dimension}")
        before = [r.get_attribute("data-code") for r in visible_rows(driver)]
        slider.click()                       # focus; a click on the middle of 0–10 sets about 5
        for _ in range(30):
            slider.send_keys(Keys.ARROW_LEFT)  # down to 0 …
        for _ in range(6):
            slider.send_keys(Keys.ARROW_RIGHT)  # … then up to 3 (steps of 0.5)
        weight = float(slider.get_attribute("value"))
        check.expect(weight == 3.0, f"the {dimension} slider reads {weight}")
        wait.until(lambda d: d.find_element(By.ID, "whatif-result").get_attribute("data-state") == "ready"
                   and int(d.find_element(By.ID, "whatif-result").get_attribute("data-serial")) > 0
                   and "3" in d.find_element(By.ID, f"o-{dimension}").text)
        time.sleep(0.5)
        wait.until(lambda d: d.find_element(By.ID, "whatif-result").get_attribute("data-state") == "ready")
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write(f"dimensions:\n  {dimension}: 3\n")
            weights = f.name
        expected = cli_rank(args, ["--weights", weights])
        os.unlink(weights)
        rows = visible_rows(driver)
        page = [(r.get_attribute("data-code"), r.get_attribute("data-rank"), r.get_attribute("data-score")) for r in rows]
        check.expect([p[0] for p in page] == [c["code"] for c in expected["cities"]], "the re-ranked order is rank --weights FILE's")
        check.expect([p[1] for p in page] == [None if c["rank"] is None else str(c["rank"]) for c in expected["cities"]],
                     "the re-ranked ranks are rank --weights FILE's")
        close = all((not s and c["score"] is None) or (s and c["score"] is not None and abs(float(s) - c["score"]) < 1e-9)
                    for (_, _, s), c in zip(page, expected["cities"]))
        check.expect(close, "the re-ranked indices are rank --weights FILE's (to 1e-9)")
        check.expect([p[0] for p in page] != before, "the ranking changed with the weight")
        permalink = driver.find_element(By.ID, "permalink").get_attribute("href")
        check.expect(f"{dimension}=3" in permalink, f"the permalink carries {dimension}=3")
        driver.get(permalink)
        again = [r.get_attribute("data-code") for r in visible_rows(driver)]
        check.expect(again == [c["code"] for c in expected["cities"]], "the permalink reproduces the view")
        check.expect(driver.find_element(By.ID, f"w-{dimension}").get_attribute("value") == "3", "… with the slider where it was")
        Select(driver.find_element(By.ID, "normalisation")).select_by_value("minmax")
        wait.until(lambda d: "normalisation=minmax" in d.find_element(By.ID, "permalink").get_attribute("href"))
        wait.until(lambda d: d.find_element(By.ID, "whatif-result").get_attribute("data-state") == "ready")
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write(f"dimensions:\n  {dimension}: 3\n")
            weights = f.name
        minmax = cli_rank(args, ["--weights", weights, "--normalise", "minmax"])
        os.unlink(weights)
        check.expect([r.get_attribute("data-code") for r in visible_rows(driver)] == [c["code"] for c in minmax["cities"]],
                     "another normalisation re-ranks as rank --normalise minmax --weights FILE")
        Select(driver.find_element(By.ID, "year")).select_by_value(earlier)
        wait.until(lambda d: f"year={earlier}" in d.current_url and "normalisation=minmax" in d.current_url)
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
            f.write(f"dimensions:\n  {dimension}: 3\n")
            weights = f.name
        minmax_year = cli_rank(args, ["--weights", weights, "--normalise", "minmax", "--year", earlier])
        os.unlink(weights)
        check.expect(same_ranking(visible_rows(driver), minmax_year["cities"], tolerance=1e-9),
                     f"another year keeps the weights and method: rank --year {earlier} --normalise minmax --weights FILE")
        check.expect(driver.find_element(By.ID, f"w-{dimension}").get_attribute("value") == "3", "… the slider where it was")

        print("language")
        driver.find_element(By.ID, "language-toggle").click()
        wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
        check.expect("What-if weights" in driver.find_element(By.TAG_NAME, "nav").text, "the toggle switches to English")
        driver.get(f"{base}/?dataset={args.dataset}")
        check.expect(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "English is remembered on the next page")
        check.expect("Ranking" in driver.find_element(By.TAG_NAME, "h1").text, "… and the ranking speaks English")
        driver.find_element(By.ID, "language-toggle").click()
        wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id")
        check.expect("Peringkat" in driver.find_element(By.TAG_NAME, "h1").text, "and back to Indonesian")

        violations = csp_violations(driver)
        check.expect(not violations, f"no Content-Security-Policy violation reported by the browser ({violations[:2]})")
        # The control: an inline script added to the page is refused by the policy, and the refusal is reported.
        driver.execute_script("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                              "document.body.appendChild(s);")
        time.sleep(0.3)
        check.expect(driver.execute_script("return window.inlineRan === true") is False, "the policy refuses an inline script")
        check.expect(bool(csp_violations(driver)), "… and the browser reports it (so the check above can fail)")
    finally:
        driver.quit()
    print(f"e2e: {check.passed} passed, {len(check.failed)} failed in {time.monotonic() - started:.1f} s")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
