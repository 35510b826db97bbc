"""`make audit`: pip-audit over requirements.lock, checked against README.md's accepted list.

The accepted vulnerabilities are the table rows in README.md's "Dependency audit" section, one
row per vulnerability: | `ID` | package | version | why it is not fixed |. The ID may be the one
pip-audit prints or any of its aliases (CVE, GHSA or PYSEC).

Exit status: 0 when every finding is listed and every row still applies; 1 when a finding is not
listed or a row is stale (no longer reported, or the lock moved to another version); 2 when no
audit was possible (the vulnerability service was unreachable or did not answer for some
package, which pip-audit alone reports as "No known vulnerabilities found", or the README table
is malformed).

Runs with the audit tool's own Python (.venv-audit, see the Makefile), never the app's, and
uses only the standard library. `--from-json` checks a saved `pip-audit -f json` report instead
of querying the service.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Standalone: runs in the audit venv and imports nothing of bot.
ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
LOCK = ROOT / "requirements.lock"
SECTION = "## Dependency audit"
ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|([^|]*)\|([^|]*)\|(.*)\|\s*$")


class AuditImpossible(Exception):
    """No trustworthy audit result: exit 2."""


@dataclass(frozen=True)
class Accepted:
    vuln_id: str
    package: str
    version: str
    reason: str


@dataclass(frozen=True)
class Finding:
    vuln_id: str
    aliases: tuple[str, ...]
    package: str
    version: str
    fixed_in: tuple[str, ...]
    description: str


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def accepted_list(readme: str) -> list[Accepted]:
    lines = readme.splitlines()
    if SECTION not in lines:
        raise AuditImpossible(f"README.md has no '{SECTION}' section")
    entries: list[Accepted] = []
    for line in lines[lines.index(SECTION) + 1 :]:
        if line.startswith("## "):
            break
        match = ROW.match(line)
        if not match:
            continue
        vuln_id, package, version, reason = (group.strip() for group in match.groups())
        if not (package and version and reason):
            raise AuditImpossible(f"README.md accepted-list row needs id, package, version and "
                                  f"reason: {line.strip()}")
        entries.append(Accepted(vuln_id, canonical(package), version, reason))
    seen: set[str] = set()
    for entry in entries:
        if entry.vuln_id.upper() in seen:
            raise AuditImpossible(f"README.md lists {entry.vuln_id} twice")
        seen.add(entry.vuln_id.upper())
    return entries


def run_pip_audit(service: str, timeout: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "audit.json"
        cmd = [sys.executable, "-m", "pip_audit", "-r", str(LOCK), "--no-deps", "--disable-pip",
               "-s", service, "--timeout", str(timeout), "--progress-spinner", "off",
               "-f", "json", "--aliases", "on", "--desc", "on", "-o", str(out)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        # pip-audit writes the JSON report whenever it got as far as auditing (exit 1 then means
        # "vulnerabilities found"); no report means it stopped early (network, lock, options).
        if not out.exists():
            lines = proc.stderr.strip().splitlines() or [f"pip-audit exited {proc.returncode}"]
            raise AuditImpossible(f"the '{service}' vulnerability service is unreachable or "
                                  f"pip-audit failed: {lines[-1]}")
        return json.loads(out.read_text())


def findings_of(report: dict, service: str) -> tuple[int, list[Finding]]:
    deps = report.get("dependencies", [])
    if not deps:
        raise AuditImpossible("pip-audit reported no packages at all")
    skipped = [dep for dep in deps if "skip_reason" in dep]
    if skipped:
        raise AuditImpossible(f"the '{service}' vulnerability service did not answer for "
                              f"{len(skipped)} of {len(deps)} pinned packages, e.g. "
                              f"\"{skipped[0]['skip_reason']}\"")
    findings = [
        Finding(
            vuln_id=vuln["id"],
            aliases=tuple(vuln.get("aliases", [])),
            package=canonical(dep["name"]),
            version=dep["version"],
            fixed_in=tuple(vuln.get("fix_versions", [])),
            description=" ".join((vuln.get("description") or "").split()),
        )
        for dep in deps
        for vuln in dep.get("vulns", [])
    ]
    return len(deps), findings


def compare(findings: list[Finding], accepted: list[Accepted]) -> tuple[list[str], list[str]]:
    """Return (findings not accepted, stale rows), each as printable lines."""
    new: list[str] = []
    used: set[Accepted] = set()
    for finding in findings:
        ids = {i.upper() for i in (finding.vuln_id, *finding.aliases)}
        rows = [a for a in accepted if a.vuln_id.upper() in ids and a.package == finding.package]
        if any(row.version == finding.version for row in rows):
            used.update(row for row in rows if row.version == finding.version)
            continue
        fixed = ", ".join(finding.fixed_in) or "no fixed release"
        aliases = ", ".join(finding.aliases) or "none"
        note = f" (listed for version {rows[0].version})" if rows else ""
        new.append(f"| `{finding.vuln_id}` | {finding.package} | {finding.version} | "
                   f"WHY NOT FIXED (fixed in: {fixed}; aliases: {aliases}){note} |\n"
                   f"    {finding.description[:160]}")
    stale = [f"{a.vuln_id} ({a.package} {a.version}): no longer reported"
             for a in accepted if a not in used]
    return new, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--service", default="pypi", help="pip-audit -s (default: pypi)")
    parser.add_argument("--timeout", type=int, default=15, help="seconds per request")
    parser.add_argument("--from-json", type=Path, help="check this pip-audit JSON report")
    args = parser.parse_args(argv)
    try:
        accepted = accepted_list(README.read_text())
        if args.from_json:
            report = json.loads(args.from_json.read_text())
        else:
            report = run_pip_audit(args.service, args.timeout)
        checked, findings = findings_of(report, args.service)
    except AuditImpossible as err:
        print(f"audit: FAILED, no audit was done: {err}.", file=sys.stderr)
        return 2
    new, stale = compare(findings, accepted)
    if new:
        print(f"audit: {len(new)} known vulnerabilities are not in README.md's accepted list. "
              "Upgrade within Rasa 3.6's ranges, or add the row with a reason:", file=sys.stderr)
        print("\n".join(new), file=sys.stderr)
    if stale:
        print(f"audit: {len(stale)} accepted-list rows no longer apply. Delete or update them:",
              file=sys.stderr)
        print("\n".join(stale), file=sys.stderr)
    if new or stale:
        return 1
    found = (f"{len(findings)} known vulnerabilities, all in README.md's accepted list"
             if findings else "no known vulnerabilities")
    print(f"audit: {checked} pinned packages checked ('{args.service}' service): {found}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
