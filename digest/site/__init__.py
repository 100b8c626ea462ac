"""What the site's pages say, built from the article collection; no MkDocs here.

The hooks in ``hooks/`` hand MkDocs objects' plain data to these functions and
turn what they return into ``File.generated`` pages and files:

- `digest.site.cache` reads the collection and ``site_config/``, reusing unchanged files;
- `digest.site.paths` names the generated pages and links between pages;
- `digest.site.listing` orders articles and renders one article in a listing;
- `digest.site.pages` builds the home, topics, topic and tags pages;
- `digest.site.timeline` builds the timeline, split per year when large;
- `digest.site.article` builds the header shown above an article;
- `digest.site.feeds` builds the RSS 2.0 and JSON Feed documents and their head links.

The build cache (``.cache/digest/``, README "The build cache"), used by ``hooks/buildcache.py``:

- `digest.site.buildcache` stores blobs by key in pack files (`digest.site.cachefiles`: its index, locks and tag);
- `digest.site.fingerprint` digests the software, folders and settings every page depends on;
- `digest.site.pagecache` keys a page's rendering and the whole page;
- `digest.site.rendered` is a rendering as plain data (warnings and link targets included);
- `digest.site.plans` keeps what a build learnt of an article page, so the next need not read it;
- `digest.site.reuse` decides which pages a build takes from the cache (on MkDocs' objects, duck-typed);
- `digest.site.blocks` cuts a long listing into groups rendered one by one;
- `digest.site.outputs` keeps the site folder between builds.
"""
