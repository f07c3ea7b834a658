<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="24" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="24" />
        <source>分会</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="24" />
        <source>身份证号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="24" />
        <source>缴费基数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="24" />
        <source>应缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="24" />
        <source>已缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="25" />
        <source>本次实缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="169" />
        <source>双击修改本次实缴金额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_model.py" line="187" />
        <source>已缴清</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="67" />
        <source>请填写金额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="71" />
        <location filename="../../src/union_desk/ui/dues/common.py" line="73" />
        <source>“{t}”不是金额，请只填数字，如 22.80</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="75" />
        <source>金额不能是负数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="77" />
        <source>金额最多两位小数（到分）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="82" />
        <source>{y}年{m}月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/common.py" line="163" />
        <location filename="../../src/union_desk/ui/dues/common.py" line="166" />
        <source>{a}至{b}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="25" />
        <source>冲正记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="27" />
        <source>已冲正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="28" />
        <source>有效</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgePyramid</name>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="191" />
        <source>男</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="191" />
        <source>女</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="234" />
        <source>{b}：男 {m} 人，女 {w} 人</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArrearsPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="30" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="30" />
        <source>身份证号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="31" />
        <source>分会</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="31" />
        <source>会籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="32" />
        <source>欠缴月数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="32" />
        <source>连续未缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="33" />
        <source>欠缴金额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="33" />
        <source>欠缴月份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="49" />
        <source>查看个人台账</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="77" />
        <source>截至{m}，连续 6 个月及以上未缴会费的会员。按章程可办理自动退会，但须先核实（如是否漏登、是否已退休）；办理请到“会员”页，这里不会改变会籍状态。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="80" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="82" />
        <source>截至{m}有欠缴的会员（跨年度累计）。双击查看个人台账。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/arrears_panel.py" line="84" />
        <source>共 {n} 人，欠缴合计 {t} 元</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/audit_dialog.py" line="69" />
        <source>审计日志（只读）</source>
        <translation>Audit log (read-only)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/audit_dialog.py" line="76" />
        <source>所有新增、修改、会籍变动、查看完整号码和导出操作都记录在此，不能修改。</source>
        <translation>Every creation, change, membership event, full-number view and export is recorded here and cannot be changed.</translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="40" />
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="140" />
        <source>全部分会</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="43" />
        <source>按姓名或身份证号查找</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="45" />
        <source>全部勾选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="46" />
        <source>勾选当前列表中所有未缴清的会员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="47" />
        <source>全部取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="48" />
        <source>查看个人台账</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="80" />
        <source>保存登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="85" />
        <source>分会：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="91" />
        <source>缴费方式：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="92" />
        <source>缴费日期：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="143" />
        <source>（未分配）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="178" />
        <source>本月应缴 {all} 人，列表显示 {shown} 人；已勾选 {n} 人，合计 {t} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="182" />
        <source>本月应缴 {all} 人，列表显示 {shown} 人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="195" />
        <source>有 {n} 行金额有误，本批未保存：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="208" />
        <source>正在保存本批缴费…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/batch_panel.py" line="220" />
        <source>已保存：登记 {n} 笔缴费，合计 {t} 元（{m}）。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BranchBarChart</name>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="141" />
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="141" />
        <source>其中女会员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="181" />
        <source>{b}：会员 {n} 人，其中女 {w} 人</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="40" />
        <source>暂无数据</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/report_widgets.py" line="53" />
        <source>逻辑校验（与上级工会统计软件的审核规则一致）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/report_widgets.py" line="71" />
        <source>正在计算统计数据并校验…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/report_widgets.py" line="92" />
        <source>全部 {n} 项校验通过。截至 {d}：会员 {t} 人，其中女 {w} 人。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/report_widgets.py" line="98" />
        <source>有 {n} 项校验未通过，不能导出：{rules}。
请核对会员的会籍变动记录（入会、转出、退会等的日期和前后状态），改正后再导出。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="58" />
        <source>导入会员名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="77" />
        <source>还没有选择文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="80" />
        <source>选择文件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="86" />
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="256" />
        <source>（自动识别）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="87" />
        <source>保存为方案…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="88" />
        <source>把当前的列对应保存下来，下次导入同一分会的表格时直接选用</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="89" />
        <source>恢复自动识别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="103" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="113" />
        <source>生成错误报告…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="114" />
        <source>把有错误的行连同“错误说明”另存为 Excel 文件，发回分会改正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="115" />
        <source>导入记录…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="116" />
        <source>导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="119" />
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="468" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="122" />
        <source>文件：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="126" />
        <source>工作表：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="131" />
        <source>列对应方案：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="167" />
        <source>请点“选择文件…”，选择分会报来的会员名册（Excel、WPS 表格或 CSV 文件）。也可以把文件直接拖到主窗口上。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="196" />
        <source>选择会员名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="197" />
        <source>电子表格 (*.xlsx *.xlsm *.xls *.et *.ods *.csv);;所有文件 (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="231" />
        <source>请指定“{f}”在哪一列：没有这一列无法导入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="231" />
        <source>”和“</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="271" />
        <source>保存列对应方案</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="272" />
        <source>方案名称（例如“第五分会名册”）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="285" />
        <source>已保存列对应方案“{n}”。下次导入同样格式的表格时，在“列对应方案”中选它即可。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="300" />
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="352" />
        <source>正在读取文件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="309" />
        <source>正在导入，请稍候。导入完成前可以点“取消”，取消后不会导入任何数据。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="310" />
        <source>正在导入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="352" />
        <source>正在检查各行…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="352" />
        <source>正在写入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="362" />
        <source>正在取消…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="370" />
        <source>表头在第 {r} 行，数据 {n:,} 行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="375" />
        <source>预览（还没有导入）：将新增 {c:,} 人，更新 {u:,} 人。请核对后点“导入”。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="378" />
        <source>表格中的会员与系统中的记录相同，没有需要导入的内容。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="380" />
        <source>表格中没有可以导入的行。请查看“有错误”一栏。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="392" />
        <source>{n} 行身份证号与系统中姓名不符，暂不导入（见“冲突”）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="394" />
        <source>{n} 行有错误，不导入（见“有错误”，可生成错误报告发回分会）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="396" />
        <source>；</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="402" />
        <source>没有需要导入的新内容，系统中的数据没有改动。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="404" />
        <source>导入完成：新增 {c:,} 人，更新 {u:,} 人，{n:,} 人无变化。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="407" />
        <source>新建分会：{b}。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="407" />
        <source>、</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="410" />
        <source>。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="411" />
        <source>如果导错了，可以在“导入记录”中把这次导入整批撤销。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="413" />
        <source>完成</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="419" />
        <source>已取消导入，没有导入任何数据，系统中的会员没有任何改动。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="421" />
        <source>已取消检查。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="426" />
        <source>没有导入任何数据。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="429" />
        <source>程序出错，没有导入任何数据。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="445" />
        <source>保存错误报告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="446" />
        <source>{s}_错误行.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="447" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="458" />
        <source>正在生成错误报告…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="463" />
        <source>错误报告已生成</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="464" />
        <source>已把 {n} 行错误连同“错误说明”保存到：
{p}

有问题的格子标成了黄色。请把这个文件发回分会，改正后再报来。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="467" />
        <source>打开所在文件夹</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="32" />
        <source>导入记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="42" />
        <source>导入时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="42" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="42" />
        <source>工作表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="42" />
        <source>操作人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="42" />
        <source>新增</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="43" />
        <source>更新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="43" />
        <source>冲突</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="43" />
        <source>有错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="43" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="53" />
        <source>选择一次导入，可以查看能否撤销。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="57" />
        <source>撤销这次导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="60" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="67" />
        <source>每次导入都记录在这里。撤销会删除这次导入新增的会员，并把被更新的会员恢复成导入前的样子；导入后又在系统中修改过的会员会挡住撤销。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="100" />
        <source>文件指纹（SHA-256）：{h}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="103" />
        <source>还没有导入过会员名册。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="113" />
        <source>已导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="114" />
        <source>已撤销（{w}，{u}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="138" />
        <source>这次导入已经撤销了。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="140" />
        <source>正在检查这次导入能否撤销…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="152" />
        <source>不能整批撤销：下面 {n} 名会员在导入后又被修改过（行号是分会表格中的行号）。如确需撤销，请先在会员页把他们的改动处理好。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="155" />
        <source>第 {r} 行　{n}：{w}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="161" />
        <source>可以撤销：将删除这次新增的 {c} 人，把更新过的 {u} 人恢复成导入前的样子。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="170" />
        <source>撤销导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="171" />
        <source>确定要撤销“{f}”（{w}）这次导入吗？
这次新增的会员将被删除，更新过的会员恢复原样。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="175" />
        <source>撤销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="176" />
        <source>不撤销</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="189" />
        <source>正在撤销导入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="195" />
        <source>已撤销：删除了 {r} 名新增的会员，恢复了 {s} 名会员导入前的内容。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="210" />
        <source>没有撤销任何内容。</source>
        <translation type="unfinished" />
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
        <translation>Gender</translation>
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
        <translation>Membership status</translation>
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
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="18" />
        <source>农民工</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/labels.py" line="18" />
        <source>人员状态</source>
        <translation>Employment status</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/login_dialog.py" line="18" />
        <source>登录 — union_desk 工会办公系统</source>
        <translation>Sign in — union_desk union office</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/login_dialog.py" line="28" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/login_dialog.py" line="29" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/login_dialog.py" line="32" />
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/login_dialog.py" line="33" />
        <source>退出</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="23" />
        <source>{u} — union_desk 工会办公系统</source>
        <translation>{u} — union_desk union office</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="27" />
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="31" />
        <source>当前用户：{n}（{r}）</source>
        <translation>Signed in: {n} ({r})</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="37" />
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="42" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="43" />
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="46" />
        <source>管理</source>
        <translation>Manage</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="47" />
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="51" />
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="55" />
        <location filename="../../src/union_desk/ui/main_window.py" line="71" />
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="60" />
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="61" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="63" />
        <source>关于 union_desk</source>
        <translation>About union_desk</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="64" />
        <source>union_desk {v}
基层工会办公系统：会员、会费、文件档案、困难帮扶、评先评优。
数据保存在本机，可离线使用。</source>
        <translation>union_desk {v}
Office software for grassroots trade unions: members, dues, files, hardship aid, awards.
Data is kept on this PC and works offline.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="71" />
        <source>重新启动程序后生效。</source>
        <translation>Takes effect after restarting the program.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/main_window.py" line="76" />
        <source>正在保存，请稍候…</source>
        <translation>Saving, please wait…</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="51" />
        <source>列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="51" />
        <source>表格中的列名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="51" />
        <source>导入为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="52" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="64" />
        <source>程序已按表头自动对应各列。如有不对，请在“导入为”一栏改正；“不导入”的列不会写入系统。必须有“姓名”和“身份证号”两列。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="77" />
        <source>（不导入）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="88" />
        <source>导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="90" />
        <source>未识别的列，不导入（如需导入请选择对应项目）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="91" />
        <source>不导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="95" />
        <source>已改为：{f}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberDetailPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="21" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="21" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="22" />
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="22" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="23" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="23" />
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="24" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="24" />
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="25" />
        <source>所属分会</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="25" />
        <source>岗位/职务</source>
        <translation>Post / position</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="26" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="26" />
        <source>会籍状态</source>
        <translation>Membership status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="27" />
        <source>人员状态</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="27" />
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="28" />
        <source>是否农民工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="28" />
        <source>月工资</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="29" />
        <source>会员证号</source>
        <translation>Member card no.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="29" />
        <source>技能/特长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="30" />
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="30" />
        <source>家庭成员</source>
        <translation>Family members</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="31" />
        <source>所获荣誉</source>
        <translation>Honours</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="31" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="32" />
        <source>健康状况</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="32" />
        <source>银行卡</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="39" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="39" />
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="39" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="40" />
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="47" />
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="48" />
        <source>会籍与修改记录</source>
        <translation>Membership and change history</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="71" />
        <location filename="../../src/union_desk/ui/tabs/member_detail.py" line="73" />
        <source>（仅帮扶专员可见）</source>
        <translation>(hardship officer only)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="28" />
        <source>编辑会员</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="28" />
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="35" />
        <source>18位，末位可为X</source>
        <translation>18 characters; the last may be X</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="37" />
        <source>可不填：按身份证号第17位自动判断</source>
        <translation>Optional: taken from digit 17 of the ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="39" />
        <source>可不填：按身份证号自动计算</source>
        <translation>Optional: taken from the ID number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="44" />
        <source>11位手机号码</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="52" />
        <source>农民工</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="54" />
        <source>例如 4567.89</source>
        <translation>e.g. 4567.89</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="65" />
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="68" />
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="68" />
        <source>公民身份号码*</source>
        <translation>ID number*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="69" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="69" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="70" />
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="71" />
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="72" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="72" />
        <source>手机号码</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="73" />
        <source>户籍类型</source>
        <translation>Household registration</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="76" />
        <source>工会与工作</source>
        <translation>Union and work</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="79" />
        <source>所属分会/小组</source>
        <translation>Branch / group</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="79" />
        <source>岗位/职务</source>
        <translation>Post / position</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="80" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="80" />
        <source>人员状态</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="81" />
        <source>月工资（元）</source>
        <translation>Monthly wage (yuan)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="81" />
        <source>会员证号</source>
        <translation>Member card no.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="82" />
        <source>技能等级/特长</source>
        <translation>Skill level / specialities</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="82" />
        <source>兴趣爱好</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="84" />
        <source>家庭情况与备注</source>
        <translation>Family and remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="86" />
        <source>家庭情况</source>
        <translation>Family situation</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="87" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="97" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="98" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="129" />
        <source>修改身份证号需要查看完整号码的权限</source>
        <translation>Changing the ID number needs permission to see full numbers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/member_dialog.py" line="193" />
        <source>请更正标红的项目后再保存。</source>
        <translation>Please correct the fields marked in red, then save.</translation>
    </message>
</context>
<context>
    <name>MemberLedgerDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="45" />
        <source>个人会费台账</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="48" />
        <source>正在读取…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="56" />
        <source>月份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="56" />
        <source>缴费基数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="56" />
        <source>应缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="57" />
        <source>实缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="57" />
        <source>本月结欠</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="58" />
        <source>累计结欠</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="63" />
        <source>缴费日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="63" />
        <source>所属月份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="64" />
        <source>金额</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="64" />
        <source>方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="65" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="65" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="66" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="72" />
        <source>冲正所选记录…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="75" />
        <source>录错的缴费不能修改或删除：冲正后可重新登记正确的一笔</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="76" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="79" />
        <source>每月应缴与实缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="81" />
        <source>缴费记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="128" />
        <source>个人会费台账 — {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="129" />
        <source>{n} 的会费台账</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="131" />
        <source>结欠 {b} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="133" />
        <source>多缴 {b} 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="135" />
        <source>已全部缴清</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/ledger_dialog.py" line="136" />
        <source>累计应缴 {d} 元，累计实缴 {p} 元，{t}（跨年度累计）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="46" />
        <source>搜索：姓名、拼音或首字母（如 zw）、身份证号或手机号片段</source>
        <translation>Search: name, pinyin or initials (e.g. zw), part of an ID or mobile number</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="50" />
        <source>全部会籍状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="51" />
        <source>会员（在会/保留/转出中）</source>
        <translation>Members (active / retained / transferring)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="57" />
        <source>农民工：全部</source>
        <translation>Migrant workers: all</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="57" />
        <source>农民工</source>
        <translation>Migrant workers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="58" />
        <source>非农民工</source>
        <translation>Not migrant workers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="61" />
        <source>全部年龄</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="66" />
        <source>新增会员</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="67" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="68" />
        <source>会籍变动</source>
        <translation>Membership event</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="69" />
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="244" />
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="71" />
        <source>导出名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="72" />
        <source>打印接转单</source>
        <translation>Print transfer slip</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="73" />
        <source>为已转出（或转出中）的会员生成会员组织关系接转介绍信（PDF）</source>
        <translation>Make the membership transfer letter (PDF) for a member who has transferred out</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="148" />
        <source>全部分会</source>
        <translation>All branches</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="172" />
        <source>共 {n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="244" />
        <source>隐藏完整号码</source>
        <translation>Hide full numbers</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="252" />
        <source>导出会员名册</source>
        <translation>Export member roster</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="253" />
        <source>Excel 工作簿 (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="262" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="264" />
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="264" />
        <source>已导出 {n} 名会员到
{p}</source>
        <translation>Exported {n} members to
{p}</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="269" />
        <source>保存接转介绍信</source>
        <translation>Save transfer letter</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/members_tab.py" line="270" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="22" />
        <source> 年</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="27" />
        <source>{m} 月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="33" />
        <source>月份：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/month_picker.py" line="71" />
        <source>将来的月份不能登记</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MonthRateChart</name>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="244" />
        <source>这段时间还没有会费数据</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="294" />
        <source>{m}：未生成应缴</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/charts.py" line="305" />
        <source>{m}：收缴率 {v}%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="19" />
        <source>新增账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="32" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="33" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="34" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="35" />
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="38" />
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="39" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="91" />
        <source>刷新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="92" />
        <source>生成报表…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="107" />
        <source>各分会会员人数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="108" />
        <source>会员年龄结构（按性别）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="109" />
        <source>近 12 个月会费收缴率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="187" />
        <source>概览数据读取失败：{m}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="215" />
        <source>会员总数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="216" />
        <source>其中女 {f} 人，农民工 {m} 人，保留会籍 {r} 人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="218" />
        <source>本年新入会</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="219" />
        <source>本年减少 {n} 人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="222" />
        <source>本月会费收缴率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="223" />
        <source>{y}年{m}月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="226" />
        <source>其中 {n} 项帮扶事项已到期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="228" />
        <source>在办困难帮扶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="231" />
        <source>到期帮扶事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="233" />
        <source>进行中的评选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="235" />
        <source>未读传阅文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="243" />
        <source>今天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="244" />
        <source>{y}年</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="246" />
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="248" />
        <source>上次同步</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="248" />
        <source>从未</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="249" />
        <source>还没有和上级服务器同步过</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="255" />
        <source>概览</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="256" />
        <source>截至 {y}年{m}月{d}日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/tabs/overview_tab.py" line="273" />
        <source>注意：会员统计数据没有通过逻辑校验（例如期初 + 增加 − 减少 ≠ 期末）。请在“生成报表”中查看未通过的规则，并核对会员的会籍变动记录。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="139" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="191" />
        <source>新增</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="139" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="194" />
        <source>更新</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="140" />
        <source>无变化</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="140" />
        <source>冲突暂缓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="141" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="204" />
        <source>有错误</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="157" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="165" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="170" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="175" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="179" />
        <source>行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="162" />
        <source>恢复（曾被删除或撤销）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="166" />
        <source>项目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="167" />
        <source>系统中原来是</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="167" />
        <source>表格中改为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="171" />
        <source>表格中的姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="172" />
        <source>系统中已登记的姓名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="172" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="177" />
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="179" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="176" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="182" />
        <source>列对应</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="190" />
        <source>这些人是系统中还没有的新会员，导入后将新增。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="193" />
        <source>这些会员已在系统中（身份证号和姓名都相同），导入后只改下列项目；表格中空着的格子不会清除原有内容。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="196" />
        <source>这些行的身份证号在系统中已登记为另一个姓名。为防止弄错人，这些行这次不导入、也不改动原有会员；请向分会核实后，在会员页手工处理。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="197" />
        <source>冲突</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="199" />
        <source>按原因筛选：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="203" />
        <source>这些行有错误，不会导入；其余行照常导入。“行号”就是 Excel 左边的行号（CSV 文件为第几行）。可点下方“生成错误报告”，把这些行连同错误说明发回分会改正。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="206" />
        <source>导入时会跳过合计行、签字行和空行；下列提示不影响导入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="206" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="244" />
        <source>错误原因：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="244" />
        <source>；</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="245" />
        <source>{r} {n} 行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="247" />
        <source>将新建分会：{b}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="247" />
        <source>、</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="259" />
        <source>共跳过 {n} 个空行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="264" />
        <source>全部（{n} 行）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_panels.py" line="266" />
        <source>{r}（{n} 行）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="496" />
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="232" />
        <location filename="../../src/union_desk/ui/errors.py" line="23" />
        <source>没有权限</source>
        <translation>Not permitted</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/import_dialog.py" line="496" />
        <source>当前用户没有导入会员的权限</source>
        <translation type="unfinished" />
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
        <location filename="../../src/union_desk/ui/dialogs/import_history.py" line="232" />
        <source>当前用户没有查看导入记录的权限</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/progress.py" line="27" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/progress.py" line="28" />
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/report_widgets.py" line="114" />
        <source>打开文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/report_widgets.py" line="115" />
        <source>打开所在文件夹</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="28" />
        <source>冲正缴费记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="32" />
        <source>会员：{n}
原记录：{d} 缴 {a} 元（{m}，{w}）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="36" />
        <source>冲正会新增一笔金额相反的记录，原记录保留不改。如金额或月份录错，可同时登记正确的一笔。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="42" />
        <source>金额录错</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="42" />
        <source>月份录错</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="42" />
        <source>重复登记</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="43" />
        <source>登记错人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="43" />
        <source>退还会费</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="45" />
        <source>必填，例如：金额录错</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="47" />
        <source>同时登记正确的缴费（更正）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="51" />
        <source>例如 22.80</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="53" />
        <source>格式 2026-10；多个月份用逗号隔开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="68" />
        <source>正确金额（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="69" />
        <source>所属月份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="70" />
        <source>缴费方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="71" />
        <source>缴费日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="73" />
        <source>冲正原因*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="82" />
        <source>确认冲正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="83" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="105" />
        <source>请填写冲正原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="112" />
        <source>正确金额须大于 0；如只需作废原记录，请取消勾选“更正”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="119" />
        <source>月份“{t}”格式应为 2026-10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/reversal_dialog.py" line="121" />
        <source>请填写所属月份</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="36" />
        <source>首次使用设置</source>
        <translation>First-time set-up</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="37" />
        <source>欢迎使用 union_desk。请填写本工会的基本信息，并创建管理员账号。</source>
        <translation>Welcome to union_desk. Enter your union's details and create the administrator account.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="40" />
        <source>例如：某某有限公司工会</source>
        <translation>e.g. Trade Union of XX Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="42" />
        <source>每行一个分会；小组写在冒号后，用顿号分隔，例如：
机关分会
一车间分会：甲班、乙班</source>
        <translation>One branch per line; groups after a colon, separated by 、 e.g.:
Office branch
Workshop 1 branch: Shift A、Shift B</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="54" />
        <source>工会名称*</source>
        <translation>Union name*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="55" />
        <source>分会/小组</source>
        <translation>Branches / groups</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="56" />
        <source>管理员用户名*</source>
        <translation>Administrator user name*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="57" />
        <source>管理员密码*</source>
        <translation>Administrator password*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="58" />
        <source>再次输入密码*</source>
        <translation>Repeat password*</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="61" />
        <source>完成设置</source>
        <translation>Finish set-up</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="62" />
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/setup_dialog.py" line="74" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="35" />
        <source>会籍变动 — %s</source>
        <translation>Membership event — %s</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="47" />
        <source>转往的工会名称</source>
        <translation>Name of the receiving union</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="53" />
        <source>当前状态</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="54" />
        <source>变动事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="55" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="56" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="57" />
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="58" />
        <source>对方工会</source>
        <translation>Other union</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="62" />
        <source>办理</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="63" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="69" />
        <source>该会员当前状态下没有可办理的会籍变动。</source>
        <translation>No membership event is possible in this member's current status.</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/status_dialog.py" line="97" />
        <source>必填</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="25" />
        <source>分会</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="25" />
        <source>应缴人数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="25" />
        <source>足额人数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="25" />
        <source>应缴（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="26" />
        <source>实缴（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="26" />
        <source>欠缴（元）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="26" />
        <source>收缴率</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="70" />
        <source>{m}会费收缴汇总</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dues/summary_panel.py" line="72" />
        <source>{m}还没有生成应缴记录。请先点“生成本月应缴”。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="65" />
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="67" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="67" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="67" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="68" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="73" />
        <source>新增账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="74" />
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="113" />
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="117" />
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="75" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="95" />
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="95" />
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="95" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="113" />
        <source>“{u}”的新密码：</source>
        <translation>New password for “{u}”:</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/ui/dialogs/users_dialog.py" line="117" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/union_desk/app.py" line="53" />
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../src/union_desk/app.py" line="61" />
        <source>已生成演示数据。
登录：用户名 {u}  密码 {p}</source>
        <translation>Demo data created.
Sign in: user {u}  password {p}</translation>
    </message>
</context>
</TS>