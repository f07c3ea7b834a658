"""Environment glue importable from any layer: paths, credentials, logging, pinyin."""
