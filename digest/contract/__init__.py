"""The Article contract: the frozen model, its validation, the article file format, and the sure fixes.

What the converter writes, editors edit and the site reads. Imports only `digest.text`
and the foundation (`digest.problems`, `digest.paths`).
"""
