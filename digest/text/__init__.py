"""Text primitives every stage uses: tokens, sentences, slugs, dates, Markdown escaping, strict YAML.

Imports nothing of Digest but `digest.problems`.
"""
