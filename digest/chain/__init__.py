"""The conversion chain: one raw document in, one `Article` out (`digest.chain.pipeline`).

Cleaning, source identification, sentences, summary, entities and tags, topics, dates
and duplicates. Imports the readers' `RawDocument`, the contract, the configuration and
`digest.text`; never the store or the site.
"""
