"""The evaluation gate for the converter's heuristics (see cases.yml and floors.yml)."""
