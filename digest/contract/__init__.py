"""The Article contract: the frozen model, its validation, and the article file format.

What the converter writes, editors edit and the site reads. Imports only `digest.text`
and the foundation (`digest.problems`, `digest.paths`).
"""
