"""The GitHub Pages workflow: valid against GitHub's workflow schema, builds strictly, deploys officially."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from digest.site import buildcache
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


def test_the_build_cache_is_restored_before_the_build_and_saved_per_run() -> None:
    names = [step.get("uses", "").split("@")[0] or step.get("run", "") for step in steps()]
    cache_at = names.index("actions/cache")
    assert cache_at < next(i for i, name in enumerate(names) if "mkdocs build" in name)
    cache = steps()[cache_at]["with"]
    assert cache["path"] == buildcache.FOLDER  # the folder the hooks use, next to mkdocs.yml
    assert "${{ github.run_id }}" in cache["key"]  # a new cache each run: an old key would never be saved again
    prefix = cache["restore-keys"].strip()
    assert cache["key"].startswith(prefix)
    assert "${{ runner.os }}" in prefix
