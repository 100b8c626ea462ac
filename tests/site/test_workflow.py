"""The GitHub Pages workflow: valid against GitHub's workflow schema, builds strictly, deploys officially."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.site.helpers import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
CHECKER = Path(sys.executable).parent / "check-jsonschema"


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with the GitHub workflow schema it ships (no network)."""
    return subprocess.run(
        [str(CHECKER), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def steps() -> list[dict[str, Any]]:
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    return [step for job in jobs.values() for step in job["steps"]]


def test_workflow_matches_the_github_schema() -> None:
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("runs-on:", "runs_on:"), encoding="utf-8")
    assert validate(broken).returncode != 0


def test_builds_strictly_with_the_pages_url_and_deploys_with_official_actions() -> None:
    used = [step["uses"].split("@")[0] for step in steps() if "uses" in step]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in used
    build = next(step for step in steps() if "mkdocs build" in step.get("run", ""))
    assert "--strict" in build["run"]
    assert build["env"]["SITE_URL"].startswith("${{ steps.pages.outputs.base_url }}")
    upload = next(step for step in steps() if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
