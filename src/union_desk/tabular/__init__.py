"""Spreadsheet import (no Qt, no SQLAlchemy): readers, header detection, row normalisation,
error reports.

Pipeline, reusable by every module that imports branch sheets (members now; dues, hardship,
evaluations later)::

    table = read_table(path, SYNONYMS, REQUIRED, sheet=None, mapping=None, max_rows=...)
    # table.sheet / table.header (row, columns with notes) / table.rows [(sheet row, cells)]
    # cells keep the reader's types: str, int, float, bool, date, datetime
    ... validate table.rows with the module's own rules (see roster.validate_rows) ...
    write_error_report(out, table.header_cells, rejected, table.header.fields, id_column=...)

``sniff`` judges files by their bytes (HTML/CSV posing as .xls, encrypted OLE, zip bombs),
``readers`` wraps python-calamine / openpyxl / csv / html, ``header`` maps header text to fields,
``table`` picks the data sheet and drops blank, totals and signature rows.
"""
