"""The nginx reverse proxy of the cluster: its config, rendered from a template.

One nginx serves two fronts on loopback: the Rasa replicas (REST round robin, Socket.IO
sticky) and the action servers (any Rasa replica may use either). The template,
bot/ops/nginx.conf.template, says why each setting is what it is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

TEMPLATE = Path(__file__).with_name("nginx.conf.template")
FAIL_TIMEOUT_S = 5  # a failed upstream is left out this long, then tried again


def find_nginx() -> str | None:
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")


def nginx_bin() -> str:
    found = find_nginx()
    if not found:
        raise SystemExit("nginx is missing: apt-get install -y nginx")
    return found


def _servers(ports: list[int]) -> str:
    return "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout={FAIL_TIMEOUT_S}s;"
                     for port in ports)


def render(run_dir: Path, front_port: int, rasa_ports: list[int], action_front_port: int,
           action_ports: list[int], action_timeout: float) -> str:
    fields = {
        "RUN_DIR": str(run_dir),
        "FRONT_PORT": str(front_port),
        "RASA_SERVERS": _servers(rasa_ports),
        "ACTION_FRONT_PORT": str(action_front_port),
        "ACTION_SERVERS": _servers(action_ports),
        "ACTION_TRY_TIMEOUT": f"{max(1, int(action_timeout * 1000 / 2))}ms",
    }
    text = TEMPLATE.read_text()
    for name, value in fields.items():
        text = text.replace("{{" + name + "}}", value)
    if "{{" in text:
        raise ValueError(f"unfilled field in {TEMPLATE.name}: {text[text.index('{{'):][:40]}")
    return text


def write_config(run_dir: Path, front_port: int, rasa_ports: list[int],
                 action_front_port: int, action_ports: list[int], action_timeout: float) -> Path:
    """Write the rendered config (and nginx's temp folder) into ``run_dir``."""
    (run_dir / "nginx-tmp").mkdir(parents=True, exist_ok=True)
    conf = run_dir / "nginx.conf"
    conf.write_text(render(run_dir, front_port, rasa_ports, action_front_port, action_ports,
                           action_timeout))
    return conf


def command(conf: Path, run_dir: Path, test: bool = False) -> list[str]:
    # -e: the error log before the config is read (else /var/log/nginx/error.log).
    cmd = [nginx_bin(), "-p", str(run_dir), "-c", str(conf), "-e", str(run_dir / "nginx-error.log")]
    return cmd + (["-t", "-q"] if test else [])
