"""Starts real Gatehouse servers for the compatibility tests.

The binary is the one `scripts/test` builds (override with GATEHOUSE_BIN). Each server
gets its own data directory and a free loopback port, announced on its stdout.
"""

import json
import os
import pathlib
import re
import signal
import subprocess
import threading
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def binary():
    path = os.environ.get("GATEHOUSE_BIN") or str(ROOT / "target" / "debug" / "gatehouse")
    if not os.path.exists(path):
        raise RuntimeError(f"gatehouse binary not found at {path}; run scripts/test")
    return path


class Server:
    """One running `gatehouse serve`."""

    def __init__(self, data_dir, extra_args=(), env=None, scheme="http"):
        self.data_dir = pathlib.Path(data_dir)
        self.args = [binary(), "serve", "--data-dir", str(self.data_dir), "--listen", "127.0.0.1:0", *extra_args]
        self.env = {**os.environ, **(env or {})}
        self.scheme = scheme
        self.proc = None
        self.endpoint = None
        self.stdout_lines = []
        self.stderr_lines = []

    def start(self, timeout=60):
        self.proc = subprocess.Popen(
            self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env
        )
        found = threading.Event()

        def read_stdout():
            for line in self.proc.stdout:
                self.stdout_lines.append(line)
                m = re.search(r"Listening on (https?://\S+)", line)
                if m:
                    self.endpoint = m.group(1)
                    found.set()

        def read_stderr():
            for line in self.proc.stderr:
                self.stderr_lines.append(line)

        threading.Thread(target=read_stdout, daemon=True).start()
        threading.Thread(target=read_stderr, daemon=True).start()
        deadline = time.time() + timeout
        while not found.wait(0.1):
            if self.proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("gatehouse did not start:\n" + "".join(self.stderr_lines[-40:]))
        if self.scheme == "http":
            self.wait_healthy(deadline)
        return self

    def wait_healthy(self, deadline):
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(self.endpoint + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("gatehouse never became healthy")

    def root_credentials(self):
        return json.loads((self.data_dir / "root-credentials.json").read_text())

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode if self.proc else None

    def client(self, service, access_key=None, secret=None, **kw):
        import boto3

        creds = self.root_credentials()
        return boto3.client(
            service,
            endpoint_url=self.endpoint,
            region_name=kw.pop("region_name", "us-east-1"),
            aws_access_key_id=access_key or creds["AccessKeyId"],
            aws_secret_access_key=secret or creds["SecretAccessKey"],
            **kw,
        )

    def cli_env(self):
        creds = self.root_credentials()
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(
            AWS_ACCESS_KEY_ID=creds["AccessKeyId"],
            AWS_SECRET_ACCESS_KEY=creds["SecretAccessKey"],
            AWS_DEFAULT_REGION="us-east-1",
            AWS_CONFIG_FILE="/dev/null",
            AWS_SHARED_CREDENTIALS_FILE="/dev/null",
        )
        return env


@pytest.fixture(scope="session")
def gatehouse(tmp_path_factory):
    server = Server(tmp_path_factory.mktemp("gatehouse-data") / "data").start()
    yield server
    server.stop()


def aws_cli(server, *args, check=True):
    """Runs the AWS CLI (v1, from the venv) against `server`; returns the completed process."""
    cli = ROOT / ".venv" / "bin" / "aws"
    proc = subprocess.run(
        [str(cli), "--endpoint-url", server.endpoint, "--output", "json", *args],
        env=server.cli_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"aws {' '.join(args)} failed: {proc.stderr}")
    return proc
