"""The Dagster UI as a user meets it: `make ui` on the seeds, its GraphQL API, a run launched
through it, the asset graph and an asset page in headless Chromium, and Ctrl-C stopping it all.

The tests run in file order and share one UI (module fixture); the last one interrupts it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from pipelines.definitions import defs

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"

STARTUP_TIMEOUT = 240  # seconds for `make ui` to serve the code location
RUN_TIMEOUT = 300  # seconds for the run we launch (it may queue behind the sensor's run)
STOP_TIMEOUT = 60  # seconds for every process to exit after Ctrl-C
PAGE_TIMEOUT_MS = 60_000
SEED_ARTICLES = 5  # the five seed files are five distinct articles

REPOSITORIES = """
{ repositoriesOrError {
    __typename
    ... on RepositoryConnection { nodes { name location { name } } }
    ... on PythonError { message }
} }"""

ASSETS = """
{ assetNodes {
    assetKey { path }
    assetChecksOrError { ... on AssetChecks { checks { name } } }
} }"""

SCHEDULE = """
query ($selector: ScheduleSelector!) { scheduleOrError(scheduleSelector: $selector) {
    __typename
    ... on Schedule { name cronSchedule scheduleState { status } }
} }"""

SENSOR = """
query ($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) {
    __typename
    ... on Sensor { name sensorState { status } }
} }"""

LAUNCH = """
mutation ($params: ExecutionParams!) { launchRun(executionParams: $params) {
    __typename
    ... on LaunchRunSuccess { run { runId } }
    ... on Error { message }
} }"""

RUN = """
query ($runId: ID!) { runOrError(runId: $runId) {
    __typename
    ... on Run { status }
} }"""

FINISHED = {"SUCCESS", "FAILURE", "CANCELED"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _processes_mentioning(text: str) -> list[str]:
    """Command lines of live processes that mention ``text`` (Dagster passes the instance's
    storage folders to every child on its command line, so this finds strays outside the group)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in command and int(cmdline.parent.name) != os.getpid():
            found.append(f"{cmdline.parent.name}: {command[:200]}")
    return found


@dataclass
class UI:
    process: subprocess.Popen
    url: str
    home: Path
    log: Path
    location: str = ""
    repository: str = ""

    def graphql(self, query: str, **variables: object) -> dict:
        request = urllib.request.Request(
            f"{self.url}/graphql",
            data=json.dumps({"query": query, "variables": variables}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            body = json.load(response)
        assert "errors" not in body, body["errors"]
        return body["data"]

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def selector(self, **names: str) -> dict:
        return {"repositoryLocationName": self.location, "repositoryName": self.repository, **names}


def _wait_until_served(ui: UI) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        assert ui.process.poll() is None, f"`make ui` exited early:\n{ui.log_tail()}"
        try:
            repos = ui.graphql(REPOSITORIES)["repositoriesOrError"]
        except (OSError, ValueError, AssertionError):  # not listening yet, or still loading
            repos = None
        if repos and repos.get("nodes"):
            ui.repository = repos["nodes"][0]["name"]
            ui.location = repos["nodes"][0]["location"]["name"]
            return
        time.sleep(2)
    pytest.fail(f"the UI did not serve the code location within {STARTUP_TIMEOUT} s:\n{ui.log_tail()}")


def _stop(ui: UI) -> list[str]:
    """Ctrl-C as a terminal sends it (SIGINT to the whole foreground group); returns what
    was still running after STOP_TIMEOUT, then kills it."""
    pgid = ui.process.pid
    ours = f"{ui.home}/"
    if _group_alive(pgid):
        os.killpg(pgid, signal.SIGINT)
    deadline = time.monotonic() + STOP_TIMEOUT
    while (_group_alive(pgid) or _processes_mentioning(ours)) and time.monotonic() < deadline:
        ui.process.poll()
        time.sleep(1)
    ui.process.poll()
    left = _processes_mentioning(ours) + (["process group still alive"] if _group_alive(pgid) else [])
    if _group_alive(pgid):
        os.killpg(pgid, signal.SIGKILL)
    for line in _processes_mentioning(ours):
        os.kill(int(line.split(":")[0]), signal.SIGKILL)
    ui.process.wait(timeout=30)
    return left


@pytest.fixture(scope="module")
def ui(dagster_home: Path, news_env: dict[str, str]):
    BUILD.mkdir(exist_ok=True)
    port = _free_port()
    log = BUILD / "ui-test-dagster.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            ["make", "--no-print-directory", "-C", str(ROOT), "ui", f"UI_PORT={port}", f"DAGSTER_HOME={dagster_home}"],
            env={**os.environ, **news_env},
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, as a terminal's foreground job
        )
    handle = UI(process=process, url=f"http://127.0.0.1:{port}", home=dagster_home, log=log)
    try:
        _wait_until_served(handle)
        yield handle
    finally:
        _stop(handle)


def _groups() -> dict[str, list[str]]:
    """Asset names by group, as the definitions declare them."""
    graph = defs.get_repository_def().asset_graph
    groups: dict[str, list[str]] = {}
    for key in sorted(graph.get_all_asset_keys()):
        groups.setdefault(graph.get(key).group_name, []).append(key.to_user_string())
    return groups


def _asset_names() -> set[str]:
    return {name for names in _groups().values() for name in names}


def _check_names() -> set[tuple[str, str]]:
    return {
        (key.asset_key.to_user_string(), key.name) for key in defs.get_repository_def().asset_graph.asset_check_keys
    }


def test_graphql_lists_every_asset_and_check(ui: UI) -> None:
    nodes = ui.graphql(ASSETS)["assetNodes"]
    assets = {"/".join(node["assetKey"]["path"]) for node in nodes}
    checks = {
        ("/".join(node["assetKey"]["path"]), check["name"])
        for node in nodes
        for check in node["assetChecksOrError"].get("checks", [])
    }
    assert assets == _asset_names()
    assert {"articles", "news_warehouse"} <= assets
    assert checks == _check_names()
    assert ("articles", "article_ids_unique") in checks


def test_graphql_shows_the_schedule_stopped_and_the_sensor_running(ui: UI) -> None:
    schedule = ui.graphql(SCHEDULE, selector=ui.selector(scheduleName="daily_refresh_schedule"))["scheduleOrError"]
    sensor = ui.graphql(SENSOR, selector=ui.selector(sensorName="source_files_sensor"))["sensorOrError"]
    assert schedule["__typename"] == "Schedule", schedule
    assert schedule["scheduleState"]["status"] == "STOPPED"
    assert sensor["__typename"] == "Sensor", sensor
    assert sensor["sensorState"]["status"] == "RUNNING"


def test_a_run_launched_through_graphql_succeeds(ui: UI) -> None:
    # The sensor starts its own run on its first tick; runs are queued one at a time, so ours
    # may wait behind it. We follow ours by id.
    launched = ui.graphql(LAUNCH, params={"selector": ui.selector(jobName="news_job"), "runConfigData": {}})[
        "launchRun"
    ]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    deadline = time.monotonic() + RUN_TIMEOUT
    status = None
    while time.monotonic() < deadline:
        status = ui.graphql(RUN, runId=run_id)["runOrError"]["status"]
        if status in FINISHED:
            break
        time.sleep(3)
    assert status == "SUCCESS", f"run {run_id} is {status}:\n{ui.log_tail()}"


@pytest.fixture(scope="module")
def page(ui: UI):
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    assert chromium, "Debian's chromium is not installed (`make test-ui` installs it)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        # tall enough for the largest group graph (ingest: five assets in a column, beside the 11
        # assets downstream of them)
        page = browser.new_page(viewport={"width": 1600, "height": 2300})
        page.set_default_timeout(PAGE_TIMEOUT_MS)
        expect.set_options(timeout=PAGE_TIMEOUT_MS)
        try:
            yield page
        finally:
            browser.close()


def test_the_asset_graph_shows_every_group(ui: UI, page: Page) -> None:
    page.goto(f"{ui.url}/asset-groups")
    try:
        graph = page.locator("svg")  # the graph; page titles and side bars are outside it
        for group in _groups():
            expect(graph.get_by_text(group, exact=True).first).to_be_visible()
        page.get_by_role("button", name="settings", exact=True).click()
        page.get_by_role("menuitem", name="Expand all groups").click()
        page.keyboard.press("Escape")
        expect(graph.get_by_text("news_warehouse", exact=True).first).to_be_visible()
    finally:
        page.screenshot(path=BUILD / "ui-asset-graph.png")


@pytest.mark.parametrize("group", sorted(_groups()))
def test_each_group_graph_shows_its_assets(ui: UI, page: Page, group: str) -> None:
    page.goto(f"{ui.url}/locations/{ui.location}/asset-groups/{group}")
    try:
        graph = page.locator("svg")
        for name in _groups()[group]:
            expect(graph.get_by_text(name, exact=True).first).to_be_visible()
        # After the run above, each of the group's nodes shows its latest materialisation.
        expect(graph.get_by_text("Materialized", exact=True)).to_have_count(len(_groups()[group]))
    finally:
        page.screenshot(path=BUILD / f"ui-group-{group}.png")


def test_the_articles_page_shows_its_row_count(ui: UI, page: Page) -> None:
    page.goto(f"{ui.url}/assets/articles")
    try:
        expect(page.get_by_text("articles", exact=True).first).to_be_visible()
        # "Row count" and its value sit together in the page's status bar.
        row_count = page.get_by_text("Row count", exact=True).locator("xpath=..")
        expect(row_count).to_have_text(re.compile(rf"^\s*Row count\s*{SEED_ARTICLES}\s*$"))
    finally:
        page.screenshot(path=BUILD / "ui-articles.png", full_page=True)


def test_the_log_is_quiet(ui: UI) -> None:
    log = ui.log.read_text(errors="replace")
    assert not re.search(r"\w+Warning: ", log), log  # a Python warning, e.g. SupersessionWarning
    assert " - DEBUG - " not in log, ui.log_tail()


def test_ctrl_c_stops_every_process(ui: UI) -> None:
    # The webserver, daemon and code servers carry the Dagster home on their command lines.
    assert len(_processes_mentioning(f"{ui.home}/")) >= 3
    assert _stop(ui) == []
