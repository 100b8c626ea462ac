"""Digest: turn raw news articles into a curated, static news-digest site.

The library never imports MkDocs. Entry points:

- `digest.config.load_config` reads ``site_config/``;
- `digest.convert.convert_paths` converts raw inputs into article files;
- `digest.contract.articlefile.parse` / `render` read and write article files;
- `digest.store.check.check_content` validates a content folder, `fix_content` makes the sure fixes;
- `digest.store.newpiece.start_piece` starts a piece written by hand, `digest.store.queue` lists the drafts.
"""

__version__ = "0.1.0"
