"""The article store: the content folder, its records, and reconciling conversions with edits.

Listing and loading articles (the collection the site reads), atomic writes, per-article
records, key-by-key merges with editors' edits, the content lock and `digest check`.
Imports the contract, the readers' documents and the configuration; never the site.
"""
