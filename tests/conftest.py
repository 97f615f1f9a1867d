"""Shared fixtures: a store loaded from the seed article, the Flask app over it, and real servers on free ports.

Oxigraph locks its folder, so the seed store is built once, closed, and copied
for each user: the in-process ``kg`` and every ``python -m kg serve`` get their
own copy.  ``start_server(**env)`` starts one more server with extra ``KG_*``
settings (a write token, a low time limit) for the tests that need it.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.config import PROJECT_ROOT, load_config
from kg.diplokg import DiploKG

SEED_ARTICLE = PROJECT_ROOT / "data" / "articles" / "kayhan-2025-01-17-iran-russia-treaty.txt"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """A closed Oxigraph folder holding the ontology, the reference data and the seed article; copy it to use it."""
    folder = tmp_path_factory.mktemp("seed") / "store"
    kg = DiploKG(load_config({"store_path": str(folder), "store": "oxigraph"}))
    report = kg.load([SEED_ARTICLE])
    kg.close()
    assert report.loaded and not report.failed, report.failed
    return folder


@pytest.fixture(scope="session")
def store_copy(seed_store, tmp_path_factory):
    """A function making a fresh copy of the seed store and returning its folder."""
    def copy() -> Path:
        target = tmp_path_factory.mktemp("store") / "store"
        shutil.copytree(seed_store, target)
        return target
    return copy


@pytest.fixture(scope="session")
def kg(store_copy) -> DiploKG:
    """A DiploKG over its own copy of the seed store (tests must not write to it: use ``fresh_kg``)."""
    instance = DiploKG(load_config({"store_path": str(store_copy()), "store": "oxigraph", "write_token": ""}))
    yield instance
    instance.close()


@pytest.fixture()
def fresh_kg(store_copy):
    """A DiploKG over a copy of its own, for tests that write."""
    def make(**settings) -> DiploKG:
        return DiploKG(load_config({"store_path": str(store_copy()), "store": "oxigraph", **settings}))
    return make


@pytest.fixture(scope="session")
def app(kg):
    from server import create_app
    return create_app(kg, {"TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


# --- real servers --------------------------------------------------------------------------------

@dataclass
class LiveServer:
    url: str
    process: subprocess.Popen
    store: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(server: LiveServer, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited with {server.process.returncode}: {server.process.stderr.read()}")
        try:
            with urllib.request.urlopen(server.url + "/sparql?query=ASK%7B%7D", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"the server at {server.url} did not answer within {timeout}s")


@pytest.fixture(scope="session")
def start_server(store_copy):
    """A function starting ``python -m kg serve`` on a free port with extra ``KG_*`` settings; all stop at the end."""
    started: list[LiveServer] = []

    def start(**settings) -> LiveServer:
        port, store = free_port(), store_copy()
        env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
        env.update({f"KG_{k.upper()}": str(v) for k, v in settings.items()})
        process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port", str(port),
                                    "--store", str(store)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True)
        server = LiveServer(f"http://127.0.0.1:{port}", process, store)
        started.append(server)
        _wait_until_up(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def live_server(start_server) -> LiveServer:
    """A read-only server over the seed store on a real port."""
    return start_server()
