"""Report engine: one table-report spec, Excel and PDF writers, charts, template filling.

No Qt and no database here: services gather the data and hand a spec to a writer.
"""
