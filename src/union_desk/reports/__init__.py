"""Report engine: one table-report spec, Excel and PDF writers, charts, template filling.

No Qt and no database here: services gather the data and hand a spec to a writer.

A module's table report (dues ledger, aid ledger ...)::

    from union_desk.reports.spec import Column, Kind, TableReport
    from union_desk.services.reporting.service import ReportService

    spec = TableReport(title="会费收缴台账", union_name=name, subtitle="2026年度",
                       columns=[Column("序号", Kind.INT), Column("姓名"), Column("身份证号", Kind.ID),
                                Column("月应缴", Kind.MONEY), Column("缴费日期", Kind.DATE)],
                       rows=rows, row_count=len(rows))          # unmasked=False by default
    outcome = ReportService(ctx).export_table("dues-ledger", spec, "台账.xlsx",   # or .pdf
                                              parameters={"year": 2026}, progress=cb, cancel=ev)

``export_table`` checks Perm.REPORT (and Perm.UNMASK + audit log for ``unmasked=True``),
writes atomically and keeps a ReportSnapshot. Without snapshot/permissions:
``reports.xlsx.write_xlsx(spec, path)`` / ``reports.pdf.write_pdf(spec, path)`` -> ExportResult.
Every file is written by ``reports.output.atomic_output`` (temp file, fsync, mode 0600,
rename); pass ``before_publish=`` to commit the export's record before the file appears.
Failures: ``reports.output.OutputLocked`` (file open in Excel; ``.suggestion`` is a free name),
``StorageError`` with code ``disk_full`` / ``write_failed``, ``Cancelled``.
"""
