<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="29" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="29" />
        <source>分会</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="29" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="29" />
        <source>缴费基数</source>
        <translation>Dues base</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="29" />
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="29" />
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="30" />
        <source>本次实缴</source>
        <translation>Paying now</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="91" />
        <source>第 {n} 行 </source>
        <translation>Row {n}: </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="193" />
        <source>双击修改本次实缴金额</source>
        <translation>Double-click to change the amount paid now</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="211" />
        <source>已缴清</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="38" />
        <source>请填写金额</source>
        <translation>Please enter an amount</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="42" />
        <location filename="../../src/union_desk/ui/dues/common.py" line="44" />
        <source>“{t}”不是金额，请只填数字，如 22.80</source>
        <translation>"{t}" is not an amount; enter digits only, e.g. 22.80</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="46" />
        <source>金额不能是负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="48" />
        <source>金额最多两位小数（到分）</source>
        <translation>At most two decimal places (fen)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="31" />
        <source>{y}年{m}月</source>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="52" />
        <source>{a}至{b}</source>
        <translation>{a} to {b}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="109" />
        <source>今天</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="110" />
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="111" />
        <source>{y}年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="26" />
        <source>冲正记录</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="28" />
        <source>已冲正</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="29" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="28" />
        <source>身份证号未登记</source>
        <translation>ID number not on file</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="28" />
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="44" />
        <source>已导入过</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="30" />
        <source>姓名不符</source>
        <translation>Name mismatch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="32" />
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="237" />
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="34" />
        <source>少缴 {d} 元</source>
        <translation>Underpaid {d} yuan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="36" />
        <source>多缴 {d} 元</source>
        <translation>Overpaid {d} yuan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="38" />
        <source>无法识别</source>
        <translation>Unrecognized</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="40" />
        <source>应缴填错</source>
        <translation>Wrong amount due</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="42" />
        <source>基数不一致</source>
        <translation>Base differs</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="50" />
        <source>将登记</source>
        <translation>Will record</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="52" />
        <source>已登记过，跳过</source>
        <translation>Already recorded, skipped</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="53" />
        <source>不登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="59" />
        <source>名册姓名：{n}</source>
        <translation>Name on roster: {n}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="61" />
        <source>表中应缴 {a} 元，按本会规则应为 {b} 元</source>
        <translation>Sheet says {a} yuan due; our rule gives {b} yuan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="64" />
        <source>表中缴费基数 {a} 元，登记的基数 {b} 元</source>
        <translation>Sheet dues base {a} yuan; recorded base {b} yuan</translation>
    </message>
</context>
<context>
    <name>AgePyramid</name>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="202" />
        <source>男</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="202" />
        <source>女</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="241" />
        <source>{b}：男 {m} 人，女 {w} 人</source>
        <translation>{b}: {m} men, {w} women</translation>
    </message>
</context>
<context>
    <name>ArrearsPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="31" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="31" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="32" />
        <source>分会</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="32" />
        <source>会籍状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="33" />
        <source>欠缴月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="33" />
        <source>连续未缴</source>
        <translation>In a row</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="34" />
        <source>欠缴金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="34" />
        <source>欠缴月份</source>
        <translation>Months owed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="50" />
        <source>查看个人台账</source>
        <translation>Member ledger</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="77" />
        <source>截至{m}，连续 {k} 个月及以上未缴会费的会员。按章程可办理自动退会，但须先核实（如是否漏登、是否已退休）；办理请到“会员”页，这里不会改变会籍状态。</source>
        <translation>Members who, as of {m}, have not paid dues for {k} or more consecutive months. The constitution allows automatic withdrawal, but check first (e.g. a missed entry or retirement); record it on the "Members" tab. Nothing here changes membership status.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="80" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="82" />
        <source>截至{m}有欠缴的会员（跨年度累计）。双击查看个人台账。</source>
        <translation>Members owing dues as of {m} (cumulative across years). Double-click to open the member's ledger.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="84" />
        <source>共 {n} 人，欠缴合计 {t} 元</source>
        <translation>{n} people, {t} yuan owed in total</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="74" />
        <source>审计日志（只读）</source>
        <translation>Audit log (read-only)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="81" />
        <source>所有新增、修改、会籍变动、查看完整号码和导出操作都记录在此，不能修改。</source>
        <translation>Every creation, change, membership event, full-number view and export is recorded here and cannot be changed.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="10" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="11" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="12" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="13" />
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="14" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="15" />
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/audit_dialog.py" line="16" />
        <source>新值</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="44" />
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="147" />
        <source>全部分会</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="47" />
        <source>按姓名或身份证号查找</source>
        <translation>Find by name or ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="49" />
        <source>全部勾选</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="50" />
        <source>勾选当前列表中所有未缴清的会员</source>
        <translation>Tick every member in the list who has not paid in full</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="51" />
        <source>全部取消</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="52" />
        <source>查看个人台账</source>
        <translation>Member ledger</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="84" />
        <source>保存登记</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="89" />
        <source>分会：</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="95" />
        <source>缴费方式：</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="96" />
        <source>缴费日期：</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="150" />
        <source>（未分配）</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="186" />
        <source>本月应缴 {all} 人，列表显示 {shown} 人；已勾选 {n} 人，合计 {t} 元</source>
        <translation>{all} due this month, {shown} shown; {n} ticked, {t} yuan in total</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="190" />
        <source>本月应缴 {all} 人，列表显示 {shown} 人</source>
        <translation>{all} due this month, {shown} shown</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="196" />
        <source>金额有误，请改正后再保存：</source>
        <translation>Some amounts are wrong; correct them, then save:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="206" />
        <source>有 {n} 行金额有误，本批未保存：</source>
        <translation>{n} rows have wrong amounts; this batch was not saved:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="217" />
        <source>正在保存本批缴费…</source>
        <translation>Saving this batch of payments...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="241" />
        <source>已保存：登记 {n} 笔缴费，合计 {t} 元（{m}）。</source>
        <translation>Saved: {n} payments recorded, {t} yuan in total ({m}).</translation>
    </message>
</context>
<context>
    <name>BranchBarChart</name>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="159" />
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="159" />
        <source>其中女会员</source>
        <translation>of whom women</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="194" />
        <source>{b}：会员 {n} 人，其中女 {w} 人</source>
        <translation>{b}: {n} members, {w} women</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="57" />
        <source>1月</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="57" />
        <source>2月</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="58" />
        <source>3月</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="58" />
        <source>4月</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="59" />
        <source>5月</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="59" />
        <source>6月</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="60" />
        <source>7月</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="60" />
        <source>8月</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="61" />
        <source>9月</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="61" />
        <source>10月</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="62" />
        <source>11月</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="63" />
        <source>12月</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="43" />
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/format.py" line="71" />
        <source>{y}年{m}</source>
        <translation>{m} {y}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/reports/widgets.py" line="65" />
        <source>逻辑校验（与上级工会统计软件的审核规则一致）</source>
        <translation>Consistency checks (same rules as the superior union's statistics software)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/widgets.py" line="83" />
        <source>正在计算统计数据并校验…</source>
        <translation>Calculating statistics and checking...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/widgets.py" line="104" />
        <source>全部 {n} 项校验通过。截至 {d}：会员 {t} 人，其中女 {w} 人。</source>
        <translation>All {n} checks passed. As of {d}: {t} members, {w} of them women.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/widgets.py" line="110" />
        <source>有 {n} 项校验未通过，不能导出：{rules}。
请核对会员的会籍变动记录（入会、转出、退会等的日期和前后状态），改正后再导出。</source>
        <translation>{n} checks failed, so the report cannot be exported: {rules}.
Check the members' membership events (dates and statuses of joining, transfer out, withdrawal, etc.), correct them and export again.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="57" />
        <source>同步冲突</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="59" />
        <source>两台电脑改了同一项内容时，系统先采用上级服务器的值。请逐项确认：选“保留本机”会把本机的值作为一次新的修改同步上去。</source>
        <translation>When two computers change the same item, the server's value is used first. Please confirm each one: "Keep this PC" syncs this computer's value up as a new change.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="65" />
        <source>没有需要处理的同步冲突。</source>
        <translation>No sync conflicts to resolve.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="78" />
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="78" />
        <source>本机的值</source>
        <translation>This PC's value</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="78" />
        <source>服务器的值</source>
        <translation>Server's value</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="79" />
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="90" />
        <source>显示完整证件号和手机号（会记入审计日志）</source>
        <translation>Show full ID and mobile numbers (logged in the audit log)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="93" />
        <source>全部保留服务器</source>
        <translation>All from server</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="95" />
        <source>全部保留本机</source>
        <translation>All from this PC</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="97" />
        <source>确认处理</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="120" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="195" />
        <source>本机修改于 {l}；同步时（{c}）发现服务器上已被其他电脑改过。服务器未提供对方的修改人。</source>
        <translation>Changed on this PC at {l}; the sync at {c} found another computer had changed it on the server. The server did not say who made that change.</translation>
    </message>
</context>
<context>
    <name>DuesImportDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="80" />
        <source>导入分会会费表</source>
        <translation>Import branch dues sheet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="83" />
        <source>尚未选择文件</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="85" />
        <source>选择文件…</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="87" />
        <source>按表中的月份（推荐）</source>
        <translation>Months in the sheet (recommended)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="88" />
        <source>全部按 {m}</source>
        <translation>All as {m}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="97" />
        <source>姓名不符的行也登记（已核实是同一人）</source>
        <translation>Also record rows with a name mismatch (checked: same person)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="98" />
        <source>只看有问题的行</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="99" />
        <source>按表更新缴费基数，生效日期：</source>
        <translation>Update dues bases from the sheet, effective:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="108" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="108" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="109" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="109" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="110" />
        <source>缴费基数</source>
        <translation>Dues base</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="110" />
        <source>表中应缴</source>
        <translation>Due (sheet)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="111" />
        <source>应缴（核算）</source>
        <translation>Due (calc.)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="111" />
        <source>实缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="112" />
        <source>核对结果</source>
        <translation>Check result</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="112" />
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="131" />
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="135" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="142" />
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="145" />
        <source>缴费方式：</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="147" />
        <source>缴费日期：</source>
        <translation>Paid on:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="178" />
        <source>选择分会会费表</source>
        <translation>Choose branch dues sheet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="179" />
        <source>表格文件 (*.xlsx *.xls *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="195" />
        <source>正在核对会费表…</source>
        <translation>Checking the dues sheet...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="202" />
        <source>{f}（工作表“{s}”，{m}）：共 {n} 行</source>
        <translation>{f} (sheet "{s}", {m}): {n} rows</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="205" />
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="205" />
        <source>少缴</source>
        <translation>Underpaid</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="206" />
        <source>多缴</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="206" />
        <source>应缴填错</source>
        <translation>Wrong amount due</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="207" />
        <source>姓名不符</source>
        <translation>Name mismatch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="208" />
        <source>身份证号未登记</source>
        <translation>ID number not on file</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="209" />
        <source>基数不一致</source>
        <translation>Base differs</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="210" />
        <source>已导入过</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="213" />
        <source>实缴合计 {p} 元，将登记 {k} 笔</source>
        <translation>{p} yuan paid in total; {k} payments will be recorded</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="221" />
        <source>这张表已经导入过：没有新的缴费需要登记。</source>
        <translation>This sheet was already imported: no new payments to record.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="223" />
        <source>没有可以登记的行，请查看“核对结果”列。</source>
        <translation>No rows can be recorded; see the "Check result" column.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="283" />
        <source>正在导入会费表…</source>
        <translation>Importing the dues sheet...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="288" />
        <source>已取消，没有登记任何缴费。</source>
        <translation>Cancelled; no payments were recorded.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="292" />
        <source>这张表已经导入过：本次没有新增任何缴费记录。</source>
        <translation>This sheet was already imported: no new payments were added.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="294" />
        <source>导入完成：登记 {n} 笔缴费，合计 {t} 元</source>
        <translation>Import finished: {n} payments recorded, {t} yuan in total</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="297" />
        <source>；更新缴费基数 {k} 人</source>
        <translation>; dues base updated for {k} people</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/import_dialog.py" line="298" />
        <source>。</source>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>DuesTab</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="46" />
        <source>当前账号没有查看会费的权限。</source>
        <translation>This account is not permitted to view dues.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="52" />
        <source>生成本月应缴</source>
        <translation>Generate dues</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="53" />
        <source>按会员的缴费基数计算本月应缴会费；重复生成不会重复计算</source>
        <translation>Calculate this month's dues from each member's dues base; generating again does not double-count</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="54" />
        <source>导入分会会费表…</source>
        <translation>Import dues sheet...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="58" />
        <source>会费计算规则在“设置”中由管理员修改，这里只显示</source>
        <translation>The dues rule is changed by an administrator in "Settings"; it is only shown here</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="71" />
        <source>批量登记</source>
        <translation>Batch entry</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="71" />
        <source>本月明细</source>
        <translation>Month details</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="72" />
        <source>欠缴名单</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="73" />
        <source>自动退会候选</source>
        <translation>Withdrawal candidates</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="82" />
        <source>本月收缴汇总</source>
        <translation>Collection this month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="85" />
        <source>导出报表（Excel 或 PDF）</source>
        <translation>Export reports (Excel or PDF)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="124" />
        <source>切换月份</source>
        <translation>Change month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="124" />
        <source>{m}的批量登记还有未保存的勾选或金额，切换月份会放弃这些修改。继续吗？</source>
        <translation>The batch entry for {m} has unsaved ticks or amounts; changing the month discards them. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="163" />
        <source>全国规则（基数去尾至10元）</source>
        <translation>National rule (base rounded down to 10 yuan)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="164" />
        <source>工资规则（四舍五入到分）</source>
        <translation>Payroll rule (rounded to the fen)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="166" />
        <source>计算规则：{r}（默认）</source>
        <translation>Rule: {r} (default)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="168" />
        <source>计算规则：{r}，自 {d} 起执行</source>
        <translation>Rule: {r}, since {d}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="180" />
        <source>正在生成{m}应缴会费…</source>
        <translation>Generating dues for {m}...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="186" />
        <source>{m}：新生成 {c} 条应缴记录，已存在 {e} 条</source>
        <translation>{m}: {c} new dues records, {e} already existed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="189" />
        <source>（本月已生成过，没有重复计算）</source>
        <translation> (already generated this month; nothing counted twice)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="191" />
        <source>；其中 {n} 条因缴费基数变化重新核算</source>
        <translation>; {n} recalculated because the dues base changed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="193" />
        <source>；{n} 条已缴费，保持原应缴</source>
        <translation>; {n} already paid, amount due kept</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="195" />
        <source>；撤销 {n} 条（会员已不需缴费）</source>
        <translation>; {n} removed (member no longer pays dues)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="196" />
        <source>。本月应缴合计 {t} 元。</source>
        <translation>. Total due this month: {t} yuan.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/tab.py" line="199" />
        <source>另有 {n} 名会员没有缴费基数（月工资），未生成应缴，请在会员资料中补填月工资后再生成一次。</source>
        <translation>{n} more members have no dues base (monthly wage), so no dues were generated for them. Enter their monthly wage in the member record and generate again.</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="108" />
        <source>请点右上角“选择文件…”，选择分会报来的会员名册</source>
        <translation>Click "Choose file..." at the top right and pick the branch's member roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="109" />
        <source>正在读取文件，请稍候…</source>
        <translation>Reading the file, please wait...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="110" />
        <source>请按上面的提示处理后，点右上角“选择文件…”重新选择文件</source>
        <translation>Follow the advice above, then click "Choose file..." at the top right to choose the file again</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="26" />
        <source>家庭成员 — {n}</source>
        <translation>Family members — {n}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="28" />
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="44" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="28" />
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="45" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="28" />
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="46" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="29" />
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="47" />
        <source>工作单位或学校</source>
        <translation>Employer or school</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="41" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/family_dialog.py" line="42" />
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
</context>
<context>
    <name>FullResyncDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="20" />
        <source>完整重新同步</source>
        <translation>Full resync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="24" />
        <source>完整重新同步会用上级工会服务器上的数据替换本机的会员等同步数据。步骤：
1. 先把本机数据库完整备份到“backups”文件夹；
2. 尽量把本机尚未同步的改动上传到服务器；
3. 仍无法上传的改动导出到“exports”文件夹中的文件，不会丢失；
4. 清空本机的同步数据，再从服务器重新下载。

通常只有在服务器重建或提示需要完整重新同步时才需要这样做。</source>
        <translation>A full resync replaces this PC's synced data (members and more) with the data on the superior union's server. Steps:
1. Back up the whole local database to the "backups" folder;
2. Upload as many unsynced local changes as possible to the server;
3. Export changes that still cannot be uploaded to a file in the "exports" folder, so nothing is lost;
4. Clear the local synced data and download it again from the server.

Usually needed only when the server was rebuilt or asks for a full resync.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="31" />
        <source>本机目前有 {n} 项改动尚未同步。</source>
        <translation>This PC has {n} changes not yet synced.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="32" />
        <source>我已了解以上内容，同意进行完整重新同步</source>
        <translation>I understand the above and agree to a full resync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="39" />
        <source>开始完整重新同步</source>
        <translation>Start full resync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="43" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="63" />
        <source>正在同步，请等这一轮结束后再试。</source>
        <translation>A sync is running; try again when it finishes.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="68" />
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="70" />
        <source>正在备份并重新同步，请不要关闭程序…</source>
        <translation>Backing up and resyncing; do not close the program...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="86" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="92" />
        <source>未完成：{m}</source>
        <translation>Not completed: {m}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="96" />
        <source>完整重新同步已完成，从服务器下载了 {n} 项。</source>
        <translation>Full resync finished; {n} items downloaded from the server.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="98" />
        <source>备份：{p}</source>
        <translation>Backup: {p}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="100" />
        <source>未能上传的改动已导出到：{p}</source>
        <translation>Changes that could not be uploaded were exported to: {p}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="102" />
        <source>本机未同步的改动已先上传。</source>
        <translation>Unsynced local changes were uploaded first.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/full_resync_dialog.py" line="108" />
        <source>正在停止…</source>
        <translation>Stopping...</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="45" />
        <source>导入会员名册</source>
        <translation>Import member roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="59" />
        <source>还没有选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="62" />
        <source>选择文件…</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="66" />
        <source>恢复自动识别</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="83" />
        <source>生成错误报告…</source>
        <translation>Error report...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="84" />
        <source>把有错误的行连同“错误说明”另存为 Excel 文件，发回分会改正</source>
        <translation>Save the rows with errors, with an "Error" column, as an Excel file to send back to the branch for correction</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="85" />
        <source>导入记录…</source>
        <translation>Import history...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="86" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="89" />
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="181" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="92" />
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="96" />
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="172" />
        <source>选择会员名册</source>
        <translation>Choose member roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="173" />
        <source>电子表格 (*.xlsx *.xlsm *.xls *.et *.ods *.csv);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.et *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="249" />
        <source>正在读取文件…</source>
        <translation>Reading the file...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="260" />
        <source>正在导入…</source>
        <translation>Importing...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="295" />
        <source>表头在第 {r} 行，数据 {n:,} 行</source>
        <translation>Header on row {r}, {n:,} data rows</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="339" />
        <source>请指定表头所在的行</source>
        <translation>Please pick the header row</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="310" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="358" />
        <source>正在生成错误报告…</source>
        <translation>Making the error report...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="20" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="21" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="22" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="23" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="24" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="25" />
        <source>政治面貌</source>
        <translation>Politics</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="26" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="27" />
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="28" />
        <source>所属分会</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="29" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="30" />
        <source>会籍状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="31" />
        <source>是否农民工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="32" />
        <source>月工资</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="33" />
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="34" />
        <source>会员证号</source>
        <translation>Member card no.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="35" />
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="36" />
        <source>人员状态</source>
        <translation>Job status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="42" />
        <source>缺少必填项</source>
        <translation>Required field missing</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="43" />
        <source>身份证号被存成数字</source>
        <translation>ID number stored as a number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="44" />
        <source>身份证号位数不对</source>
        <translation>ID number has wrong length</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="45" />
        <source>身份证号校验位错误</source>
        <translation>ID number check digit wrong</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="46" />
        <source>身份证号中的出生日期无效</source>
        <translation>Invalid birth date in ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="47" />
        <source>表内重复</source>
        <translation>Duplicate in sheet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="48" />
        <source>出生日期与身份证号不符</source>
        <translation>Birth date does not match ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="49" />
        <source>日期无效</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="50" />
        <source>手机号码无效</source>
        <translation>Invalid mobile number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="51" />
        <source>其他内容无效</source>
        <translation>Other invalid value</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="52" />
        <source>同一身份证号，姓名不同</source>
        <translation>Same ID number, different name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="66" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/models.py" line="67" />
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ImportErrorReport</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/report.py" line="18" />
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/report.py" line="19" />
        <source>{s}_错误行.xlsx</source>
        <translation>{s}_errors.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/report.py" line="20" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/report.py" line="29" />
        <source>错误报告已生成</source>
        <translation>Error report saved</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/report.py" line="30" />
        <source>已把 {n:,} 行错误连同“错误说明”保存到：
{p}

有问题的格子标成了黄色。请把这个文件发回分会，改正后再报来。</source>
        <translation>{n:,} rows with errors, with an "Error" column, were saved to:
{p}

Problem cells are marked yellow. Send this file back to the branch to correct and resubmit.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/report.py" line="34" />
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/report.py" line="36" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="33" />
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="45" />
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="45" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="45" />
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="45" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="45" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="46" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="46" />
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="46" />
        <source>有错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="46" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="56" />
        <source>选择一次导入，可以查看能否撤销。</source>
        <translation>Select an import to see whether it can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="60" />
        <source>撤销这次导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="63" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="67" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="77" />
        <source>每次导入都记录在这里。撤销会删除这次导入新增的会员，并把被更新的会员恢复成导入前的样子；导入后又在系统中修改过的会员会挡住撤销。</source>
        <translation>Every import is listed here. Undo deletes the members the import added and restores updated members to how they were before; members changed in the system after the import block the undo.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="112" />
        <source>文件指纹（SHA-256）：{h}</source>
        <translation>File fingerprint (SHA-256): {h}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="115" />
        <source>还没有导入过会员名册。</source>
        <translation>No member roster has been imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="131" />
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="132" />
        <source>已撤销（{w}，{u}）</source>
        <translation>Undone ({w}, {u})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="156" />
        <source>这次导入已经撤销了。</source>
        <translation>This import has already been undone.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="158" />
        <source>正在检查这次导入能否撤销…</source>
        <translation>Checking whether this import can be undone...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="170" />
        <source>不能整批撤销：下面 {n} 名会员在导入后又被修改过（行号是分会表格中的行号）。如确需撤销，请先在会员页把他们的改动处理好。</source>
        <translation>The import cannot be undone as a whole: the {n} members below were changed after the import (rows are those of the branch's sheet). To undo anyway, first deal with their changes on the Members tab.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="173" />
        <source>第 {r} 行　{n}：{w}</source>
        <translation>Row {r}  {n}: {w}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="179" />
        <source>可以撤销：将删除这次新增的 {c} 人，把更新过的 {u} 人恢复成导入前的样子。</source>
        <translation>Can be undone: the {c} members added will be deleted and the {u} updated members restored to how they were before.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="188" />
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="189" />
        <source>确定要撤销“{f}”（{w}）这次导入吗？
这次新增的会员将被删除，更新过的会员恢复原样。</source>
        <translation>Undo the import of "{f}" ({w})?
Members it added will be deleted; members it updated will be restored.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="193" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="194" />
        <source>不撤销</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="208" />
        <source>正在撤销这次导入，请稍候…（撤销完成前点“取消”，不会改动任何数据）</source>
        <translation>Undoing this import, please wait... (click "Cancel" before it finishes and no data is changed)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="232" />
        <source>已撤销：删除了 {r} 名新增的会员，恢复了 {s} 名会员导入前的内容。</source>
        <translation>Undone: {r} added members deleted, {s} members restored to their pre-import data.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="247" />
        <source>已取消撤销，数据没有任何改动。</source>
        <translation>Undo cancelled; no data was changed.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="251" />
        <source>没有撤销任何内容。</source>
        <translation>Nothing was undone.</translation>
    </message>
</context>
<context>
    <name>ImportMessage</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="29" />
        <source>请点“选择文件…”，选择分会报来的会员名册（Excel、WPS 表格或 CSV 文件）。也可以把文件直接拖到主窗口上。</source>
        <translation>Click "Choose file..." and pick the member roster sent by the branch (Excel, WPS or CSV file). You can also drag the file onto the main window.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="33" />
        <source>请指定“{f}”在哪一列：没有这一列无法导入。</source>
        <translation>Please say which column holds "{f}": the import cannot run without it.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="33" />
        <source>”和“</source>
        <translation>" and "</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="37" />
        <source>正在导入，请稍候。导入完成前可以点“取消”，取消后不会导入任何数据。</source>
        <translation>Importing, please wait. Until it finishes you can click "Cancel"; then nothing is imported.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="40" />
        <source>已保存列对应方案“{n}”。下次导入同样格式的表格时，在“列对应方案”中选它即可。</source>
        <translation>Column profile "{n}" saved. Next time you import a sheet in the same layout, choose it under "Column profile".</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="45" />
        <source>预览（还没有导入）：将新增 {c:,} 人，更新 {u:,} 人。请核对后点“导入”。</source>
        <translation>Preview (nothing imported yet): {c:,} new, {u:,} updated. Check, then click "Import".</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="48" />
        <source>表格中的会员与系统中的记录相同，没有需要导入的内容。</source>
        <translation>The members in the sheet match the records in the system; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="50" />
        <source>表格中没有可以导入的行。请查看“有错误”一栏。</source>
        <translation>No rows in the sheet can be imported. See the "Errors" tab.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="56" />
        <source>没有需要导入的新内容，系统中的数据没有改动。</source>
        <translation>Nothing new to import; no data in the system was changed.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="58" />
        <source>导入完成：新增 {c:,} 人，更新 {u:,} 人，{n:,} 人无变化。</source>
        <translation>Import finished: {c:,} added, {u:,} updated, {n:,} unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="61" />
        <source>新建分会：{b}。</source>
        <translation>New branches: {b}.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="61" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="64" />
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="65" />
        <source>如果导错了，可以在“导入记录”中把这次导入整批撤销。</source>
        <translation>If this was a mistake, you can undo the whole import in "Import history".</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="71" />
        <source>{n:,} 行身份证号与系统中姓名不符，暂不导入（见“冲突”）</source>
        <translation>{n:,} rows have an ID number registered under another name and are held back (see "Conflicts")</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="73" />
        <source>{n:,} 行有错误，不导入（见“有错误”，可生成错误报告发回分会）</source>
        <translation>{n:,} rows have errors and are not imported (see "Errors"; an error report can be sent back to the branch)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="75" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="82" />
        <source>已取消导入，没有导入任何数据，系统中的会员没有任何改动。</source>
        <translation>Import cancelled: nothing was imported and no member was changed.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="84" />
        <source>已取消检查，没有导入任何数据。如需继续，请点“选择文件…”重新选择文件。</source>
        <translation>Check cancelled; nothing was imported. To continue, click "Choose file..." and choose the file again.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="89" />
        <source>没有导入任何数据。</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/messages.py" line="92" />
        <source>程序出错，没有导入任何数据。</source>
        <translation>The program hit an error; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportWork</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/work.py" line="61" />
        <source>正在检查各行…</source>
        <translation>Checking rows...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/work.py" line="61" />
        <source>正在写入…</source>
        <translation>Writing...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/work.py" line="61" />
        <source>正在读取文件…</source>
        <translation>Reading the file...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/work.py" line="62" />
        <source>%v / %m 行</source>
        <translation>%v / %m rows</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/work.py" line="67" />
        <source>正在取消…</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="13" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="13" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="14" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="14" />
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="15" />
        <source>所属分会</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="15" />
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="16" />
        <source>会籍状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="16" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="17" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="17" />
        <source>政治面貌</source>
        <translation>Politics</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="18" />
        <source>农民工</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="18" />
        <source>人员状态</source>
        <translation>Job status</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/admin/login_dialog.py" line="18" />
        <source>登录 — union_desk 工会办公系统</source>
        <translation>Sign in — union_desk union office</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/login_dialog.py" line="26" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/login_dialog.py" line="27" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/login_dialog.py" line="28" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/login_dialog.py" line="28" />
        <source>退出</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="61" />
        <source>{u} — union_desk 工会办公系统</source>
        <translation>{u} — union_desk union office</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="43" />
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="45" />
        <source>会费</source>
        <translation>Dues</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="41" />
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="70" />
        <source>当前用户：{n}（{r}）</source>
        <translation>Signed in: {n} ({r})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="78" />
        <source>正在处理…</source>
        <translation>Working...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="96" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="97" />
        <source>导入分会会员名册…</source>
        <translation>Import branch roster...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="101" />
        <source>导入记录（可撤销）…</source>
        <translation>Import history (undo)...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="106" />
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="109" />
        <source>管理</source>
        <translation>Manage</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="110" />
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="114" />
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="118" />
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="119" />
        <source>生成报表…</source>
        <translation>Make reports...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="123" />
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="124" />
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="128" />
        <source>同步冲突…</source>
        <translation>Sync conflicts...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="131" />
        <source>同步设置…</source>
        <translation>Sync settings...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="135" />
        <location filename="../../src/union_desk/ui/main_window.py" line="176" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="140" />
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="141" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="143" />
        <source>关于 union_desk</source>
        <translation>About union_desk</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="144" />
        <source>union_desk {v}
基层工会办公系统：会员、会费、文件档案、困难帮扶、评先评优。
数据保存在本机，可离线使用。</source>
        <translation>union_desk {v}
Office software for grassroots trade unions: members, dues, files, hardship aid, awards.
Data is kept on this PC and works offline.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="176" />
        <source>重新启动程序后生效。</source>
        <translation>Takes effect after restarting the program.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="183" />
        <source>正在保存，请稍候…</source>
        <translation>Saving, please wait...</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="72" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="72" />
        <source>表格中的列名</source>
        <translation>Column name in sheet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="72" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="73" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="84" />
        <source>程序没有认出表头。请在下面表格中点一下表头所在的那一行（列名所在行），再在下方“导入为”一栏为各列选择对应项目（至少要有“姓名”和“身份证号”）。</source>
        <translation>The header row was not recognized. Click the row in the table below that holds the column names, then choose a field for each column under "Import as" (at least "Name" and "ID number").</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="95" />
        <source>程序已按表头自动对应各列。如有不对，请在“导入为”一栏改正；“不导入”的列不会写入系统。必须有“姓名”和“身份证号”两列。</source>
        <translation>Columns were matched automatically from the header. Correct any mistakes in the "Import as" column; columns set to "Not imported" are not written to the system. The "Name" and "ID number" columns are required.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="121" />
        <source>点选表头行后，在这里为各列选择“导入为”的项目；不需要的列保持“不导入”。</source>
        <translation>After picking the header row, choose what each column is imported as here; leave unneeded columns as "Not imported".</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="150" />
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="161" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="163" />
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="165" />
        <source>未识别的列，不导入（如需导入请选择对应项目）</source>
        <translation>Unrecognized column, not imported (choose a field to import it)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="166" />
        <source>不导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="170" />
        <source>已改为：{f}</source>
        <translation>Changed to: {f}</translation>
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="22" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="22" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="23" />
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="23" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="24" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="24" />
        <source>政治面貌</source>
        <translation>Politics</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="25" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="25" />
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="26" />
        <source>所属分会</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="26" />
        <source>岗位/职务</source>
        <translation>Post / position</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="27" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="27" />
        <source>会籍状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="28" />
        <source>人员状态</source>
        <translation>Job status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="28" />
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="29" />
        <source>是否农民工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="29" />
        <source>月工资</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="30" />
        <source>会员证号</source>
        <translation>Member card no.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="30" />
        <source>技能/特长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="31" />
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="31" />
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="32" />
        <source>所获荣誉</source>
        <translation>Honours</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="32" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="33" />
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="33" />
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="38" />
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="40" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="40" />
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="40" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="41" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="48" />
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="49" />
        <source>会籍与修改记录</source>
        <translation>Membership and change history</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/detail.py" line="76" />
        <location filename="../../src/union_desk/ui/members/detail.py" line="78" />
        <source>（仅帮扶专员可见）</source>
        <translation>(hardship officer only)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="27" />
        <source>编辑会员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="27" />
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="34" />
        <source>18位，末位可为X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="36" />
        <source>可不填：按身份证号第17位自动判断</source>
        <translation>Optional: taken from digit 17 of the ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="38" />
        <source>可不填：按身份证号自动计算</source>
        <translation>Optional: taken from the ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="44" />
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="52" />
        <source>农民工</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="54" />
        <source>例如 4567.89</source>
        <translation>e.g. 4567.89</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="65" />
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="68" />
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="68" />
        <source>公民身份号码*</source>
        <translation>ID number*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="69" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="69" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="70" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="71" />
        <source>政治面貌</source>
        <translation>Politics</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="72" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="72" />
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="73" />
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="76" />
        <source>工会与工作</source>
        <translation>Union and work</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="79" />
        <source>所属分会/小组</source>
        <translation>Branch / group</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="79" />
        <source>岗位/职务</source>
        <translation>Post / position</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="80" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="80" />
        <source>人员状态</source>
        <translation>Job status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="81" />
        <source>月工资（元）</source>
        <translation>Monthly wage (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="81" />
        <source>会员证号</source>
        <translation>Member card no.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="82" />
        <source>技能等级/特长</source>
        <translation>Skill level / specialities</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="82" />
        <source>兴趣爱好</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="84" />
        <source>家庭情况与备注</source>
        <translation>Family and remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="86" />
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="87" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="93" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="93" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="121" />
        <source>修改身份证号需要查看完整号码的权限</source>
        <translation>Changing the ID number needs permission to see full numbers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/member_dialog.py" line="183" />
        <source>请更正标红的项目后再保存。</source>
        <translation>Please correct the fields marked in red, then save.</translation>
    </message>
</context>
<context>
    <name>MemberLedgerDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="42" />
        <source>个人会费台账</source>
        <translation>Member dues ledger</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="45" />
        <source>正在读取…</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="53" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="53" />
        <source>缴费基数</source>
        <translation>Dues base</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="53" />
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="54" />
        <source>实缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="54" />
        <source>本月结欠</source>
        <translation>Owed (month)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="55" />
        <source>累计结欠</source>
        <translation>Owed (total)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="60" />
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="60" />
        <source>所属月份</source>
        <translation>For months</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="61" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="61" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="62" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="62" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="63" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="69" />
        <source>冲正所选记录…</source>
        <translation>Reverse selected...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="72" />
        <source>录错的缴费不能修改或删除：冲正后可重新登记正确的一笔</source>
        <translation>A wrongly entered payment cannot be edited or deleted: reverse it, then record the correct one</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="73" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="76" />
        <source>每月应缴与实缴</source>
        <translation>Due and paid by month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="78" />
        <source>缴费记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="125" />
        <source>个人会费台账 — {n}</source>
        <translation>Member dues ledger — {n}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="126" />
        <source>{n} 的会费台账</source>
        <translation>Dues ledger of {n}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="128" />
        <source>结欠 {b} 元</source>
        <translation>{b} yuan owed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="130" />
        <source>多缴 {b} 元</source>
        <translation>{b} yuan overpaid</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="132" />
        <source>已全部缴清</source>
        <translation>paid in full</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="133" />
        <source>累计应缴 {d} 元，累计实缴 {p} 元，{t}（跨年度累计）</source>
        <translation>Total due {d} yuan, total paid {p} yuan, {t} (cumulative across years)</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="56" />
        <source>搜索：姓名、拼音或首字母（如 zw）、身份证号或手机号片段</source>
        <translation>Search: name, pinyin or initials (e.g. zw), part of an ID or mobile number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="60" />
        <source>全部会籍状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="61" />
        <source>会员（在会/保留/转出中）</source>
        <translation>Members (active / retained / transferring)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="67" />
        <source>农民工：全部</source>
        <translation>Migrant workers: all</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="67" />
        <source>农民工</source>
        <translation>Migrant</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="68" />
        <source>非农民工</source>
        <translation>Not migrant workers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="71" />
        <source>全部年龄</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="76" />
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="77" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="78" />
        <source>会籍变动</source>
        <translation>Membership event</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="79" />
        <location filename="../../src/union_desk/ui/members/tab.py" line="265" />
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="81" />
        <source>导出名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="82" />
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="83" />
        <source>导入分会报来的 Excel/WPS/CSV 名册：先预览，再确认导入；也可把文件拖到窗口上</source>
        <translation>Import a branch's Excel/WPS/CSV roster: preview first, then confirm; you can also drag the file onto the window</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="85" />
        <source>打印接转单</source>
        <translation>Print transfer slip</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="86" />
        <source>为已转出（或转出中）的会员生成会员组织关系接转介绍信（PDF）</source>
        <translation>Make the membership transfer letter (PDF) for a member who has transferred out</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="88" />
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="91" />
        <source>会费台账</source>
        <translation>Dues ledger</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="177" />
        <source>全部分会</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="195" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="265" />
        <source>隐藏完整号码</source>
        <translation>Hide full numbers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="274" />
        <source>导出会员名册</source>
        <translation>Export member roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="275" />
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="279" />
        <source>正在导出…</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="281" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="281" />
        <source>已导出 {n} 名会员到
{p}</source>
        <translation>Exported {n} members to
{p}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="321" />
        <source>保存接转介绍信</source>
        <translation>Save transfer letter</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/tab.py" line="322" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="22" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="27" />
        <source>{m} 月</source>
        <translation>{m}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="33" />
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="71" />
        <source>将来的月份不能登记</source>
        <translation>Future months cannot be recorded</translation>
    </message>
</context>
<context>
    <name>MonthRateChart</name>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="251" />
        <source>这段时间还没有会费数据</source>
        <translation>No dues data for this period</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="252" />
        <source>95% 及以上</source>
        <translation>95% or more</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="252" />
        <source>80%–95%</source>
        <translation>80%–95%</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="253" />
        <source>低于 80%</source>
        <translation>Below 80%</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="298" />
        <source>{m}：未生成应缴</source>
        <translation>{m}: dues not generated</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/charts.py" line="309" />
        <source>{m}：收缴率 {v}%</source>
        <translation>{m}: collection rate {v}%</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="19" />
        <source>新增账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="30" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="31" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="32" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="33" />
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="34" />
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="34" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="90" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="91" />
        <source>生成报表…</source>
        <translation>Make reports...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="106" />
        <source>各分会会员人数</source>
        <translation>Members by branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="107" />
        <source>会员年龄结构（按性别）</source>
        <translation>Members by age and gender</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="108" />
        <source>近 12 个月会费收缴率</source>
        <translation>Dues collection rate, last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="187" />
        <source>概览数据读取失败：{m}</source>
        <translation>Could not load the overview: {m}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="217" />
        <source>会员总数</source>
        <translation>Total members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="218" />
        <source>其中女 {f} 人，农民工 {m} 人，保留会籍 {r} 人</source>
        <translation>{f} women, {m} migrant workers, {r} retained</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="220" />
        <source>本年新入会</source>
        <translation>Joined this year</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="221" />
        <source>本年减少 {n} 人</source>
        <translation>{n} left this year</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="224" />
        <source>本月会费收缴率</source>
        <translation>Dues collection this month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="225" />
        <source>{y}年{m}月</source>
        <translation>{m}/{y}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="228" />
        <source>其中 {n} 项帮扶事项已到期</source>
        <translation>{n} aid actions due</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="230" />
        <source>在办困难帮扶</source>
        <translation>Open hardship aid cases</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="233" />
        <source>到期帮扶事项</source>
        <translation>Aid actions due</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="235" />
        <source>进行中的评选</source>
        <translation>Award campaigns running</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="238" />
        <source>未读传阅文件</source>
        <translation>Unread circulated files</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="244" />
        <location filename="../../src/union_desk/ui/overview/tab.py" line="246" />
        <source>上次同步</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="246" />
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="247" />
        <source>还没有和上级服务器同步过</source>
        <translation>Never synced with the superior union's server</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="253" />
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="254" />
        <source>截至 {y}年{m}月{d}日</source>
        <translation>As of {y}-{m}-{d}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/overview/tab.py" line="271" />
        <source>注意：会员统计数据没有通过逻辑校验（例如期初 + 增加 − 减少 ≠ 期末）。请在“生成报表”中查看未通过的规则，并核对会员的会籍变动记录。</source>
        <translation>Note: the member statistics fail the consistency checks (e.g. opening + joined − left ≠ closing). See the failed rules under "Make reports" and check the members' membership events.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="216" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="270" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="216" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="273" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="217" />
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="217" />
        <source>冲突暂缓</source>
        <translation>Held (conflict)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="218" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="283" />
        <source>有错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="236" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="244" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="249" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="254" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="258" />
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="241" />
        <source>恢复（曾被删除或撤销）</source>
        <translation>Restored (was deleted or undone)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="245" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="246" />
        <source>系统中原来是</source>
        <translation>Was in system</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="246" />
        <source>表格中改为</source>
        <translation>Sheet changes to</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="250" />
        <source>表格中的姓名</source>
        <translation>Name in sheet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="251" />
        <source>系统中已登记的姓名</source>
        <translation>Name on record</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="251" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="256" />
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="258" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="255" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="261" />
        <source>列对应</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="269" />
        <source>这些人是系统中还没有的新会员，导入后将新增。</source>
        <translation>These people are not in the system yet; the import will add them as new members.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="272" />
        <source>这些会员已在系统中（身份证号和姓名都相同），导入后只改下列项目；表格中空着的格子不会清除原有内容。</source>
        <translation>These members are already in the system (same ID number and name). The import changes only the fields listed; empty cells in the sheet do not clear existing data.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="275" />
        <source>这些行的身份证号在系统中已登记为另一个姓名。为防止弄错人，这些行这次不导入、也不改动原有会员；请向分会核实后，在会员页手工处理。</source>
        <translation>The ID numbers in these rows are registered under another name. To avoid mixing up people, these rows are not imported this time and the existing members are not changed; check with the branch, then handle them by hand on the Members tab.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="276" />
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="278" />
        <source>按原因筛选：</source>
        <translation>Filter by reason:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="282" />
        <source>这些行有错误，不会导入；其余行照常导入。“行号”就是 Excel 左边的行号（CSV 文件为第几行）。可点下方“生成错误报告”，把这些行连同错误说明发回分会改正。</source>
        <translation>These rows have errors and will not be imported; the other rows are imported as usual. "Row" is the row number at the left in Excel (the line number for CSV files). Click "Error report..." below to send these rows, with the errors explained, back to the branch for correction.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="285" />
        <source>导入时会跳过合计行、签字行和空行；下列提示不影响导入。</source>
        <translation>Total rows, signature rows and blank rows are skipped; the notices below do not affect the import.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="285" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="327" />
        <source>错误原因：</source>
        <translation>Errors: </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="327" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="328" />
        <source>{r} {n:,} 行</source>
        <translation>{r}: {n:,} rows</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="348" />
        <source>全部（{n:,} 行）</source>
        <translation>All ({n:,} rows)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="350" />
        <source>{r}（{n:,} 行）</source>
        <translation>{r} ({n:,} rows)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="330" />
        <source>将新建分会：{b}</source>
        <translation>New branches to create: {b}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="330" />
        <source>已新建分会：{b}</source>
        <translation>New branches created: {b}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="331" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/panels.py" line="343" />
        <source>共跳过 {n} 个空行</source>
        <translation>{n} blank rows skipped</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/profiles.py" line="29" />
        <location filename="../../src/union_desk/ui/members/imports/profiles.py" line="49" />
        <source>（自动识别）</source>
        <translation>(auto-detect)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/profiles.py" line="30" />
        <source>保存为方案…</source>
        <translation>Save as profile...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/profiles.py" line="31" />
        <source>把当前的列对应保存下来，下次导入同一分会的表格时直接选用</source>
        <translation>Save the current column mapping to reuse next time you import this branch's sheet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/profiles.py" line="34" />
        <source>列对应方案：</source>
        <translation>Column profile:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/profiles.py" line="68" />
        <source>保存列对应方案</source>
        <translation>Save column profile</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/profiles.py" line="69" />
        <source>方案名称（例如“第五分会名册”）：</source>
        <translation>Profile name (e.g. "Branch 5 roster"):</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../src/union_desk/ui/progress_strip.py" line="14" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../src/union_desk/ui/errors.py" line="23" />
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="387" />
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="281" />
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="253" />
        <source>没有权限</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/dialog.py" line="387" />
        <source>当前用户没有导入会员的权限</source>
        <translation>The current user is not permitted to import members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/errors.py" line="21" />
        <source>输入有误</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/errors.py" line="25" />
        <source>无法保存或读取数据</source>
        <translation>Cannot read or save data</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/errors.py" line="27" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/errors.py" line="39" />
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/errors.py" line="40" />
        <source>程序遇到了意外错误。已保存的数据不受影响。
请把日志文件发给技术支持：</source>
        <translation>The program hit an unexpected error. Data already saved is safe.
Please send the log file to support:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/imports/history.py" line="281" />
        <source>当前用户没有查看导入记录的权限</source>
        <translation>The current user is not permitted to view the import history</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="254" />
        <source>只有管理员可以修改同步设置。</source>
        <translation>Only an administrator can change the sync settings.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/progress.py" line="28" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/progress.py" line="29" />
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="36" />
        <source>Excel 表格（.xlsx）</source>
        <translation>Excel sheet (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="37" />
        <source>PDF（打印、盖章）</source>
        <translation>PDF (print and stamp)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="70" />
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="75" />
        <source>生成报表</source>
        <translation>Make reports</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="82" />
        <source>模板报表（上级工会模板）</source>
        <translation>Template report (superior union's template)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="83" />
        <source>报送记录</source>
        <translation>Export log</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="84" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="129" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="132" />
        <source>{m}月</source>
        <translation>{m}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="146" />
        <source>完整身份证号（不打码）</source>
        <translation>Full ID numbers (unmasked)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="147" />
        <source>导出的文件将含完整身份证号和手机号。此次导出会记入审计日志（谁、何时、保存到哪里），请妥善保管文件。</source>
        <translation>The exported file will contain full ID and mobile numbers. This export is recorded in the audit log (who, when, where saved); keep the file safe.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="152" />
        <source>身份证号、手机号默认打码（如 110101********1234）。</source>
        <translation>ID and mobile numbers are masked by default (e.g. 110101********1234).</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="157" />
        <source>截至日期：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="158" />
        <source>统计期起始：</source>
        <translation>Period start:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="159" />
        <source>年份：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="160" />
        <source>月份：</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="164" />
        <source>文件格式：</source>
        <translation>File format:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="170" />
        <source>导出…</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="313" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="313" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="314" />
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="33" />
        <source>正在生成报表…</source>
        <translation>Making the report...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="41" />
        <source>已生成“{f}”，保存在 {d}</source>
        <translation>Created "{f}" in {d}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="43" />
        <source>共 {n} 行。</source>
        <translation>{n} rows.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="45" />
        <source>文件含完整身份证号，已记入审计日志。</source>
        <translation>The file contains full ID numbers; this was recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="47" />
        <source>模板中有 {n} 个占位符程序不认识，已原样保留，请手工填写：{k}</source>
        <translation>{n} placeholders in the template were not recognized and were left as they are; fill them in by hand: {k}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="49" />
        <source>文件校验码（SHA-256）：{h}…</source>
        <translation>File checksum (SHA-256): {h}...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="58" />
        <source>无法写入“{f}”：这个文件可能正在 Excel 或 WPS 中打开。请先关闭它再导出，或者换个名字保存。</source>
        <translation>Cannot write "{f}": the file may be open in Excel or WPS. Close it and export again, or save under another name.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="60" />
        <source>另存为“{f}”</source>
        <translation>Save as "{f}"</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/export.py" line="62" />
        <source>已取消，没有生成文件。</source>
        <translation>Cancelled; no file was created.</translation>
    </message>
</context>
<context>
    <name>ReportTitles</name>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="40" />
        <source>基层工会会员统计表</source>
        <translation>Membership statistics</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="41" />
        <source>会员花名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="42" />
        <source>截至某日的会员人数、女、农民工、新入会、减少原因、保留会籍、分会、年龄、学历、政治面貌</source>
        <translation>Members as of a date: totals, women, migrant workers, new members, reasons for leaving, retained membership, branches, age, education, political status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/dialog.py" line="43" />
        <source>当前会员名单（身份证号、手机号默认脱敏）</source>
        <translation>Current member list (ID and mobile numbers masked by default)</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="27" />
        <source>会费收缴台账（年度）</source>
        <translation>Dues ledger (year)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="28" />
        <source>本月收缴汇总表</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="29" />
        <source>欠缴名单</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="30" />
        <source>工会经费（年度）</source>
        <translation>Union funds (year)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="31" />
        <source>所选年度的会费收缴台账，含签字栏</source>
        <translation>Dues collection ledger for the selected year, with signature lines</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="32" />
        <source>所选月份各分会的应缴、实缴、欠缴和收缴率</source>
        <translation>Due, paid, owed and collection rate per branch for the selected month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="33" />
        <source>截至所选月份的欠缴会员名单</source>
        <translation>Members owing dues as of the selected month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="34" />
        <source>行政拨缴的工会经费（2%）及上解记录，不是会费</source>
        <translation>Union funds paid by the employer (2%) and remittances to the superior union; not dues</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="50" />
        <source>{y}年度会费收缴台账</source>
        <translation>Dues ledger {y}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="53" />
        <source>正在生成会费收缴台账…</source>
        <translation>Making the dues ledger...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="57" />
        <source>{y}年{m}月会费收缴汇总</source>
        <translation>Dues collection summary {y}-{m}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="61" />
        <source>正在生成收缴汇总表…</source>
        <translation>Making the collection summary...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="65" />
        <source>会费欠缴名单（截至{m}）</source>
        <translation>Dues arrears (as of {m})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="68" />
        <source>正在生成欠缴名单…</source>
        <translation>Making the arrears list...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="72" />
        <source>{y}年度工会经费</source>
        <translation>Union funds {y}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="75" />
        <source>正在生成工会经费表…</source>
        <translation>Making the union funds report...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="79" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="79" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="81" />
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="99" />
        <source>报表已生成</source>
        <translation>Report created</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="100" />
        <source>已保存到：
{p}</source>
        <translation>Saved to:
{p}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="101" />
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="102" />
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="103" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="117" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reports_panel.py" line="117" />
        <source>报表生成已取消，没有保存文件。</source>
        <translation>Report cancelled; no file was saved.</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../src/union_desk/ui/reports/widgets.py" line="125" />
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/widgets.py" line="126" />
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="30" />
        <source>冲正缴费记录</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="34" />
        <source>会员：{n}
原记录：{d} 缴 {a} 元（{m}，{w}）</source>
        <translation>Member: {n}
Original: {a} yuan paid on {d} (for {m}, {w})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="38" />
        <source>冲正会新增一笔金额相反的记录，原记录保留不改。如金额或月份录错，可同时登记正确的一笔。</source>
        <translation>A reversal adds a record with the opposite amount; the original stays unchanged. If the amount or month was wrong, you can record the correct payment at the same time.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="44" />
        <source>金额录错</source>
        <translation>Wrong amount</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="44" />
        <source>月份录错</source>
        <translation>Wrong month</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="44" />
        <source>重复登记</source>
        <translation>Duplicate entry</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="45" />
        <source>登记错人</source>
        <translation>Wrong member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="45" />
        <source>退还会费</source>
        <translation>Dues refund</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="47" />
        <source>必填，例如：金额录错</source>
        <translation>Required, e.g. Wrong amount</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="49" />
        <source>同时登记正确的缴费（更正）</source>
        <translation>Also record the correct payment (correction)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="53" />
        <source>例如 22.80</source>
        <translation>e.g. 22.80</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="55" />
        <source>格式 2026-10；多个月份用逗号隔开</source>
        <translation>Format 2026-10; separate several months with commas</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="70" />
        <source>正确金额（元）</source>
        <translation>Correct amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="71" />
        <source>所属月份</source>
        <translation>For months</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="72" />
        <source>缴费方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="73" />
        <source>缴费日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="75" />
        <source>冲正原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="84" />
        <source>确认冲正</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="85" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="107" />
        <source>请填写冲正原因</source>
        <translation>Please give the reason for the reversal</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="114" />
        <source>正确金额须大于 0；如只需作废原记录，请取消勾选“更正”</source>
        <translation>The correct amount must be above 0; to only void the original, untick "correction"</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="121" />
        <source>月份“{t}”格式应为 2026-10</source>
        <translation>Month "{t}" should look like 2026-10</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="123" />
        <source>请填写所属月份</source>
        <translation>Please enter the months paid for</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="37" />
        <source>首次使用设置</source>
        <translation>First-time set-up</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="38" />
        <source>欢迎使用 union_desk。请填写本工会的基本信息，并创建管理员账号。</source>
        <translation>Welcome to union_desk. Enter your union's details and create the administrator account.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="41" />
        <source>例如：某某有限公司工会</source>
        <translation>e.g. Trade Union of XX Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="43" />
        <source>每行一个分会；小组写在冒号后，用顿号分隔，例如：
机关分会
一车间分会：甲班、乙班</source>
        <translation>One branch per line; groups after a colon, separated by 、 e.g.:
Office branch
Workshop 1 branch: Shift A、Shift B</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="52" />
        <source>工会名称*</source>
        <translation>Union name*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="53" />
        <source>分会/小组</source>
        <translation>Branches / groups</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="54" />
        <source>管理员用户名*</source>
        <translation>Administrator user name*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="55" />
        <source>管理员密码*</source>
        <translation>Administrator password*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="56" />
        <source>再次输入密码*</source>
        <translation>Repeat password*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="57" />
        <source>完成设置</source>
        <translation>Finish set-up</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="57" />
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/setup_dialog.py" line="68" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>SnapshotsPage</name>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="23" />
        <source>每次导出的报表都会留下记录：报了什么、截至哪天、谁在何时导出，以及文件校验码（可核对报出去的文件有没有被改动）。</source>
        <translation>Every exported report is logged: what was reported, as of which date, who exported it and when, and the file checksum (to check that a submitted file has not been changed).</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="28" />
        <source>导出时间</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="28" />
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="28" />
        <source>统计截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="28" />
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="29" />
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="29" />
        <source>导出人</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="29" />
        <source>文件校验码（SHA-256）</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="38" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="60" />
        <source>，完整身份证号</source>
        <translation>, full ID numbers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="64" />
        <source>（模板：{t}）</source>
        <translation> (template: {t})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="74" />
        <source>共 {n} 条记录（最近 100 条）</source>
        <translation>{n} records (latest 100)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/snapshots.py" line="75" />
        <source>共 {n} 条记录</source>
        <translation>{n} records</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="35" />
        <source>会籍变动 — %s</source>
        <translation>Membership event — %s</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="47" />
        <source>转往的工会名称</source>
        <translation>Name of the receiving union</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="50" />
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="51" />
        <source>变动事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="52" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="53" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="54" />
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="55" />
        <source>对方工会</source>
        <translation>Other union</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="57" />
        <source>办理</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="57" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="61" />
        <source>该会员当前状态下没有可办理的会籍变动。</source>
        <translation>No membership event is possible in this member's current status.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/members/status_dialog.py" line="89" />
        <source>必填</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="32" />
        <source>分会</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="32" />
        <source>应缴人数</source>
        <translation>Due (people)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="32" />
        <source>足额人数</source>
        <translation>Paid in full</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="32" />
        <source>应缴（元）</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="33" />
        <source>实缴（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="33" />
        <source>欠缴（元）</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="33" />
        <source>收缴率</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="43" />
        <source>双击某个分会，在下方只看该分会的会员</source>
        <translation>Double-click a branch to show only its members below</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="79" />
        <source>合计：共 {n} 人应缴，应缴 {d} 元，实缴 {p} 元，欠缴 {o} 元，收缴率 {r}%</source>
        <translation>Total: {n} people due, {d} yuan due, {p} yuan paid, {o} yuan owed, collection rate {r}%</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="87" />
        <source>{m}会费收缴汇总</source>
        <translation>Dues collection summary {m}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="85" />
        <source>{m}还没有生成应缴记录。请先点“生成本月应缴”。</source>
        <translation>No dues have been generated for {m} yet. Click "Generate dues" first.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="173" />
        <source>当前账号没有同步权限</source>
        <translation>This account is not permitted to sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="227" />
        <source>正在连接同步服务器…</source>
        <translation>Connecting to the sync server...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="245" />
        <source>本机尚未登记到同步服务器</source>
        <translation>This PC is not registered with the sync server</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="251" />
        <source>程序正在关闭</source>
        <translation>The program is closing</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="263" />
        <source>已取消同步</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="321" />
        <source>程序内部错误（已写入日志），请联系技术支持。</source>
        <translation>Internal program error (written to the log); please contact support.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="365" />
        <source>无法读取同步状态</source>
        <translation>Cannot read the sync status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="370" />
        <source>本机没有系统密钥库，令牌未保存。请点击“输入令牌”，本次运行期间使用；或设置环境变量 UNION_DESK_SYNC_TOKEN。</source>
        <translation>This PC has no system keyring, so the token was not saved. Click "Enter token..." to use one for this session, or set the environment variable UNION_DESK_SYNC_TOKEN.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/controller.py" line="372" />
        <source>找不到同步令牌，请在同步设置中重新登记本机。</source>
        <translation>Sync token not found; register this PC again in the sync settings.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/labels.py" line="18" />
        <source>新增或修改</source>
        <translation>Add or change</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/labels.py" line="18" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/labels.py" line="19" />
        <source>新增记录</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/labels.py" line="42" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/labels.py" line="42" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/labels.py" line="43" />
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="125" />
        <source>数据同步</source>
        <translation>Data sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="136" />
        <location filename="../../src/union_desk/ui/sync/status.py" line="211" />
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="139" />
        <source>停止同步</source>
        <translation>Stop sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="141" />
        <source>输入令牌…</source>
        <translation>Enter token...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="145" />
        <source>同步设置…</source>
        <translation>Sync settings...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="156" />
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="156" />
        <source>改动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="156" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="157" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="166" />
        <source>没有待同步的改动。</source>
        <translation>No changes waiting to sync.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="169" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="199" />
        <source>服务器：{u}（{o}）</source>
        <translation>Server: {u} ({o})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="200" />
        <source>上次成功同步：{t}</source>
        <translation>Last successful sync: {t}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="201" />
        <source>从未</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="203" />
        <source>需要完整重新同步：请在“同步设置”中操作。</source>
        <translation>A full resync is needed: use "Sync settings".</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="211" />
        <source>同步中…</source>
        <translation>Syncing...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="216" />
        <source>处理冲突（{n}）</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="222" />
        <source>待同步的改动（{n} 项）</source>
        <translation>Changes waiting to sync ({n})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="223" />
        <source>待同步的改动</source>
        <translation>Changes waiting to sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="227" />
        <source>上传中</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="227" />
        <source>等待上传</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="236" />
        <source>输入同步令牌</source>
        <translation>Enter sync token</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="237" />
        <source>请输入上级工会发给本机的同步令牌。
令牌只在本次运行期间使用，不会保存到磁盘。</source>
        <translation>Enter the sync token the superior union issued for this PC.
It is used only for this session and is not saved to disk.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="35" />
        <source>同步设置</source>
        <translation>Sync settings</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="37" />
        <source>正在读取当前设置…</source>
        <translation>Reading the current settings...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="40" />
        <source>例如 https://sync.example.org（由上级工会提供）</source>
        <translation>e.g. https://sync.example.org (from the superior union)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="44" />
        <source>粘贴上级工会发给本机的令牌；不更换登记可留空</source>
        <translation>Paste the token issued for this PC; leave empty to keep the registration</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="46" />
        <source>使用上级工会提供的证书文件（自建证书时需要）</source>
        <translation>Use a certificate file from the superior union (for self-signed certificates)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="48" />
        <source>证书文件（.pem / .crt）</source>
        <translation>Certificate file (.pem / .crt)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="49" />
        <source>选择…</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="61" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="62" />
        <source>不自动同步（只手动同步）</source>
        <translation>No automatic sync (manual only)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="66" />
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="67" />
        <source>本机令牌</source>
        <translation>Token for this PC</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="70" />
        <source>自动同步间隔</source>
        <translation>Auto-sync interval</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="76" />
        <source>本机没有可用的系统密钥库（例如没有桌面环境的 Linux），无法安全地保存同步令牌。本程序不会把令牌以明文保存到文件。请选择一种方式：</source>
        <translation>This PC has no usable system keyring (e.g. Linux without a desktop environment), so the sync token cannot be stored securely. The program never saves the token to a file in plain text. Please choose one:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="80" />
        <source>每次启动程序后输入令牌（只在本次运行期间使用）</source>
        <translation>Enter the token after each start (used for that session only)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="81" />
        <source>使用环境变量 {v}（由电脑管理员在系统中设置）</source>
        <translation>Use the environment variable {v} (set by the computer's administrator)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="101" />
        <source>完整重新同步…</source>
        <translation>Full resync...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="103" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="106" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="131" />
        <source>本机已登记到：{o}（{u}）</source>
        <translation>This PC is registered with: {o} ({u})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="134" />
        <source>本机尚未登记。请填写上级工会提供的服务器地址和令牌。</source>
        <translation>This PC is not registered. Enter the server address and token from the superior union.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="141" />
        <source>令牌将保存在本机的系统密钥库中（不会写入普通文件）。</source>
        <translation>The token will be kept in this PC's system keyring (never in a plain file).</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="144" />
        <source>正在使用环境变量 {v} 中的令牌。</source>
        <translation>Using the token from the environment variable {v}.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="157" />
        <source>已检测到环境变量 {v}，将使用其中的令牌。</source>
        <translation>Environment variable {v} found; its token will be used.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="159" />
        <source>尚未设置环境变量 {v}：设置后需重新启动程序。本次可在上方填写令牌完成登记。</source>
        <translation>The environment variable {v} is not set; after setting it, restart the program. For now you can enter the token above to register.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="168" />
        <source>选择证书文件</source>
        <translation>Choose certificate file</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="169" />
        <source>证书文件 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificate files (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="184" />
        <source>请选择证书文件，或取消勾选“使用上级工会提供的证书文件”。</source>
        <translation>Choose a certificate file, or untick "Use a certificate file from the superior union".</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="193" />
        <source>请填写服务器地址</source>
        <translation>Please enter the server address</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="194" />
        <source>登记本机需要上级工会发给本机的令牌</source>
        <translation>Registering this PC needs the token issued by the superior union</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="200" />
        <source>当前账号没有同步权限，不能登记本机。</source>
        <translation>This account is not permitted to sync and cannot register this PC.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="212" />
        <source>令牌已保存在系统密钥库中。</source>
        <translation>The token is saved in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="213" />
        <source>令牌只在本次运行期间使用；下次启动后请重新输入或设置环境变量 {v}。</source>
        <translation>The token is used for this session only; after the next start enter it again or set the environment variable {v}.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="214" />
        <source>本机已登记到：{o}。
{h}</source>
        <translation>This PC is registered with: {o}.
{h}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/settings_dialog.py" line="216" />
        <source>登记成功</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="53" />
        <source>同步中（上传 {d}/{t}）</source>
        <translation>Syncing (uploading {d}/{t})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="55" />
        <source>同步中（已下载 {d} 项）</source>
        <translation>Syncing ({d} downloaded)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="56" />
        <source>同步中…</source>
        <translation>Syncing...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="59" />
        <source>离线，{m} 分钟后重试</source>
        <translation>Offline, retry in {m} min</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="61" />
        <source>出错：{r}</source>
        <translation>Error: {r}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="61" />
        <source>未知原因</source>
        <translation>unknown cause</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="63" />
        <source>未登记同步服务器</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="65" />
        <source>需要输入同步令牌</source>
        <translation>Sync token needed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="67" />
        <source>无同步权限</source>
        <translation>No sync permission</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="69" />
        <source>正在读取同步状态…</source>
        <translation>Reading sync status...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="72" />
        <source>已是最新</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="74" />
        <source>有改动待同步</source>
        <translation>Changes to sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="75" />
        <source>尚未同步</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="90" />
        <source>同步：</source>
        <translation>Sync: </translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="92" />
        <source>待同步 {n} 项</source>
        <translation>{n} to sync</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="94" />
        <source>冲突 {n} 条</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="96" />
        <source>上次同步 {t}</source>
        <translation>Last sync {t}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/status.py" line="101" />
        <source>点击查看同步详情</source>
        <translation>Click for sync details</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="37" />
        <source>上级工会下发的 Excel 模板（.xlsx）中，用 {{total}}（会员总数）、{{female}}（女会员）、{{age.35岁以下}} 等占位符标出要填数字的位置。程序按截至日期的会员统计填好，另存为新文件；模板本身不会被改动。程序不认识的占位符会列出来并原样保留，需要手工填写。</source>
        <translation>In the Excel template (.xlsx) from the superior union, placeholders such as {{total}} (total members), {{female}} (women members) and {{age.35岁以下}} mark where figures go. The program fills them with the member statistics as of the chosen date and saves a new file; the template itself is not changed. Placeholders the program does not recognize are listed and left as they are, to be filled in by hand.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="43" />
        <source>尚未选择模板</source>
        <translation>No template chosen</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="44" />
        <source>选择模板…</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="50" />
        <source>模板文件：</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="51" />
        <source>截至日期：</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="56" />
        <source>填写并保存…</source>
        <translation>Fill in and save...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="61" />
        <source>模板中的占位符：</source>
        <translation>Placeholders in the template:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="80" />
        <source>选择上级工会的 Excel 模板</source>
        <translation>Choose the superior union's Excel template</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="81" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="96" />
        <source>正在读取模板…</source>
        <translation>Reading the template...</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="133" />
        <source>  （不认识，原样保留）</source>
        <translation>  (not recognized, left as is)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="140" />
        <source>模板里没有找到 {{…}} 占位符（也可能使用了命名单元格，导出后会列出未能填写的名称）。</source>
        <translation>No {{...}} placeholders found in the template (it may use named cells; names that could not be filled are listed after export).</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="143" />
        <source>模板中有 {n} 个占位符，其中 {k} 个程序不认识：{keys}。导出不受影响，这些位置会原样保留，请在导出的文件里手工填写。</source>
        <translation>The template has {n} placeholders; {k} are not recognized: {keys}. Export still works; those places are left as they are; fill them in by hand in the exported file.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="148" />
        <source>模板中有 {n} 个占位符，全部可以自动填写。</source>
        <translation>The template has {n} placeholders; all can be filled in automatically.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/reports/template.py" line="163" />
        <source>不能覆盖模板本身，请换一个文件名保存。</source>
        <translation>The template itself cannot be overwritten; save under another file name.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="57" />
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="59" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="59" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="59" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="60" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="65" />
        <source>新增账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="66" />
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="105" />
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="109" />
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="67" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="87" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="87" />
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="87" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="105" />
        <source>“{u}”的新密码：</source>
        <translation>New password for "{u}":</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/admin/users_dialog.py" line="109" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="30" />
        <source>在会</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="30" />
        <source>保留会籍</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="31" />
        <source>转出中</source>
        <translation>Transferring out</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="31" />
        <source>已转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="32" />
        <source>退会</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="32" />
        <source>自动退会</source>
        <translation>Auto-withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="33" />
        <source>开除</source>
        <translation>Expelled</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="34" />
        <source>35岁以下</source>
        <translation>Under 35</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="34" />
        <source>35-45岁</source>
        <translation>35–45</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="35" />
        <source>46-54岁</source>
        <translation>46–54</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="35" />
        <source>55岁及以上</source>
        <translation>55 and over</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="36" />
        <source>工资代扣</source>
        <translation>Payroll deduction</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="36" />
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="37" />
        <source>转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="38" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="38" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="39" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="39" />
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="41" />
        <source>中共党员</source>
        <translation>CPC member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="41" />
        <source>中共预备党员</source>
        <translation>CPC probationary member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="42" />
        <source>共青团员</source>
        <translation>CYL member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="42" />
        <source>民主党派</source>
        <translation>Democratic party member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="43" />
        <source>群众</source>
        <translation>No party affiliation</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="43" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="44" />
        <source>研究生</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="44" />
        <source>大学本科</source>
        <translation>Bachelor's degree</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="45" />
        <source>大学专科</source>
        <translation>Junior college</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="45" />
        <source>中专</source>
        <translation>Technical secondary school</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="46" />
        <source>高中</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="46" />
        <source>初中及以下</source>
        <translation>Junior high school or below</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="47" />
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="47" />
        <source>离退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="48" />
        <source>内退</source>
        <translation>Early internal retirement</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="48" />
        <source>下岗待岗</source>
        <translation>Laid off / awaiting post</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="49" />
        <source>失业</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="49" />
        <source>去世</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="50" />
        <source>农业</source>
        <translation>Rural</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="50" />
        <source>非农业</source>
        <translation>Urban</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="52" />
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="52" />
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="53" />
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="53" />
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="54" />
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="54" />
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="55" />
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="55" />
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="56" />
        <source>布依族</source>
        <translation>Bouyei</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="56" />
        <source>朝鲜族</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="57" />
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="57" />
        <source>侗族</source>
        <translation>Dong</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="58" />
        <source>瑶族</source>
        <translation>Yao</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="58" />
        <source>白族</source>
        <translation>Bai</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="59" />
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="59" />
        <source>哈尼族</source>
        <translation>Hani</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="60" />
        <source>哈萨克族</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="60" />
        <source>傣族</source>
        <translation>Dai</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="61" />
        <source>黎族</source>
        <translation>Li</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="61" />
        <source>傈僳族</source>
        <translation>Lisu</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="62" />
        <source>佤族</source>
        <translation>Va</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="62" />
        <source>畲族</source>
        <translation>She</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="63" />
        <source>高山族</source>
        <translation>Gaoshan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="63" />
        <source>拉祜族</source>
        <translation>Lahu</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="64" />
        <source>水族</source>
        <translation>Sui</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="64" />
        <source>东乡族</source>
        <translation>Dongxiang</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="65" />
        <source>纳西族</source>
        <translation>Naxi</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="65" />
        <source>景颇族</source>
        <translation>Jingpo</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="66" />
        <source>柯尔克孜族</source>
        <translation>Kirgiz</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="66" />
        <source>土族</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="67" />
        <source>达斡尔族</source>
        <translation>Daur</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="67" />
        <source>仫佬族</source>
        <translation>Mulao</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="68" />
        <source>羌族</source>
        <translation>Qiang</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="68" />
        <source>布朗族</source>
        <translation>Blang</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="69" />
        <source>撒拉族</source>
        <translation>Salar</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="69" />
        <source>毛南族</source>
        <translation>Maonan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="70" />
        <source>仡佬族</source>
        <translation>Gelao</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="70" />
        <source>锡伯族</source>
        <translation>Xibe</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="71" />
        <source>阿昌族</source>
        <translation>Achang</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="71" />
        <source>普米族</source>
        <translation>Pumi</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="72" />
        <source>塔吉克族</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="72" />
        <source>怒族</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="73" />
        <source>乌孜别克族</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="73" />
        <source>俄罗斯族</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="74" />
        <source>鄂温克族</source>
        <translation>Ewenki</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="74" />
        <source>德昂族</source>
        <translation>Deang</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="75" />
        <source>保安族</source>
        <translation>Bonan</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="75" />
        <source>裕固族</source>
        <translation>Yugur</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="76" />
        <source>京族</source>
        <translation>Gin</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="76" />
        <source>塔塔尔族</source>
        <translation>Tatar</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="77" />
        <source>独龙族</source>
        <translation>Derung</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="77" />
        <source>鄂伦春族</source>
        <translation>Oroqen</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="78" />
        <source>赫哲族</source>
        <translation>Hezhen</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="78" />
        <source>门巴族</source>
        <translation>Monba</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="79" />
        <source>珞巴族</source>
        <translation>Lhoba</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="79" />
        <source>基诺族</source>
        <translation>Jino</translation>
    </message>
</context>
<context>
    <name>_Choice</name>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="30" />
        <source>保留服务器</source>
        <translation>Keep server</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/sync/conflicts_dialog.py" line="31" />
        <source>保留本机</source>
        <translation>Keep this PC</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/union_desk/app.py" line="72" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/app.py" line="80" />
        <source>已生成演示数据。
登录：用户名 {u}  密码 {p}</source>
        <translation>Demo data created.
Sign in: user {u}  password {p}</translation>
    </message>
</context>
<context><name>EntitySpec</name><message><source>已删除</source><translation>Deleted</translation></message><message><source>分会</source><translation>Branch</translation></message><message><source>分会名称</source><translation>Branch name</translation></message><message><source>上级分会</source><translation>Parent branch</translation></message><message><source>排列顺序</source><translation>Sort order</translation></message><message><source>应缴会费</source><translation>Dues due</translation></message><message><source>会员</source><translation>Member</translation></message><message><source>月份</source><translation>Month</translation></message><message><source>所属分会</source><translation>Branch</translation></message><message><source>缴费基数</source><translation>Dues base</translation></message><message><source>计算规则</source><translation>Rule</translation></message><message><source>应缴金额</source><translation>Amount due</translation></message><message><source>会费缴纳</source><translation>Dues payment</translation></message><message><source>金额</source><translation>Amount</translation></message><message><source>所缴月份</source><translation>Months paid</translation></message><message><source>起始月份</source><translation>First month</translation></message><message><source>缴费日期</source><translation>Paid on</translation></message><message><source>缴费方式</source><translation>Payment method</translation></message><message><source>收据号</source><translation>Receipt no.</translation></message><message><source>经办人</source><translation>Handled by</translation></message><message><source>冲正的记录</source><translation>Reverses entry</translation></message><message><source>备注</source><translation>Remarks</translation></message><message><source>工资制度</source><translation>Pay system</translation></message><message><source>生效日期</source><translation>Effective from</translation></message><message><source>家庭成员</source><translation>Family member</translation></message><message><source>姓名</source><translation>Name</translation></message><message><source>关系</source><translation>Relation</translation></message><message><source>出生日期</source><translation>Date of birth</translation></message><message><source>工作或就读单位</source><translation>Workplace or school</translation></message><message><source>荣誉</source><translation>Honour</translation></message><message><source>荣誉称号</source><translation>Honour title</translation></message><message><source>年度</source><translation>Year</translation></message><message><source>级别</source><translation>Level</translation></message><message><source>授予单位</source><translation>Conferred by</translation></message><message><source>性别</source><translation>Sex</translation></message><message><source>民族</source><translation>Ethnicity</translation></message><message><source>公民身份号码</source><translation>ID number</translation></message><message><source>政治面貌</source><translation>Politics</translation></message><message><source>学历</source><translation>Education</translation></message><message><source>技能等级/特长</source><translation>Skill level / specialities</translation></message><message><source>兴趣爱好</source><translation>Hobbies</translation></message><message><source>手机号码</source><translation>Mobile</translation></message><message><source>岗位/职务</source><translation>Post / position</translation></message><message><source>入会日期</source><translation>Joined on</translation></message><message><source>会籍状态</source><translation>Status</translation></message><message><source>人员状态</source><translation>Job status</translation></message><message><source>户籍类型</source><translation>Household registration</translation></message><message><source>是否农民工</source><translation>Migrant worker</translation></message><message><source>月工资</source><translation>Monthly wage</translation></message><message><source>会员证号</source><translation>Member card no.</translation></message><message><source>家庭情况</source><translation>Family situation</translation></message><message><source>健康状况</source><translation>Health</translation></message><message><source>残疾类别</source><translation>Disability</translation></message><message><source>开户银行</source><translation>Bank</translation></message><message><source>银行卡号</source><translation>Bank card no.</translation></message><message><source>会籍变动</source><translation>Membership event</translation></message><message><source>变动类别</source><translation>Event</translation></message><message><source>变动日期</source><translation>Event date</translation></message><message><source>变动前状态</source><translation>Status before</translation></message><message><source>变动后状态</source><translation>Status after</translation></message><message><source>原因</source><translation>Reason</translation></message><message><source>审批人</source><translation>Approved by</translation></message><message><source>对方工会</source><translation>Other union</translation></message><message><source>报表存档</source><translation>Report archive</translation></message><message><source>报表名称</source><translation>Report</translation></message><message><source>标题</source><translation>Title</translation></message><message><source>参数</source><translation>Parameters</translation></message><message><source>数据</source><translation>Figures</translation></message><message><source>文件名</source><translation>File name</translation></message><message><source>文件格式</source><translation>File format</translation></message><message><source>文件校验值</source><translation>File checksum</translation></message><message><source>行数</source><translation>Rows</translation></message><message><source>含完整号码</source><translation>Full numbers included</translation></message><message><source>生成人</source><translation>Made by</translation></message><message><source>生成时间</source><translation>Made at</translation></message><message><source>上报的同步批次</source><translation>Sent in sync batch</translation></message><message><source>设置</source><translation>Setting</translation></message><message><source>设置项</source><translation>Setting</translation></message><message><source>设置值</source><translation>Value</translation></message><message><source>工会经费</source><translation>Union funds</translation></message><message><source>工资总额</source><translation>Payroll total</translation></message><message><source>拨缴比例</source><translation>Contribution rate</translation></message><message><source>经费金额</source><translation>Funds amount</translation></message><message><source>上解比例</source><translation>Upward share</translation></message><message><source>上解金额</source><translation>Upward amount</translation></message><message><source>基层留成</source><translation>Kept by the office</translation></message><message><source>拨缴日期</source><translation>Paid on</translation></message><message><source>工会信息</source><translation>Union details</translation></message><message><source>工会名称</source><translation>Union name</translation></message><message><source>统一社会信用代码</source><translation>Unified social credit code</translation></message><message><source>单位类型</source><translation>Organisation type</translation></message></context></TS>