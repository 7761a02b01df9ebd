"""`pushcart worker` as an operator runs it: a separate process that stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


def test_worker_process_starts_and_stops_cleanly_on_sigterm(tmp_path, database_url: str) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PUSHCART_DATA_DIR": str(tmp_path), "DATABASE_URL": database_url,
           "PUSHCART_SECRET_KEY": "worker-test-secret-0123456789"}
    worker = subprocess.Popen([sys.executable, "-m", "server.cli", "worker"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        for line in worker.stdout:  # type: ignore[union-attr]
            if "push worker started" in line or time.monotonic() > deadline:
                break
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=15) == 0
        assert "push worker stopped" in worker.stdout.read()  # type: ignore[union-attr]
    finally:
        if worker.poll() is None:
            worker.kill()
