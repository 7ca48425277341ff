<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BundlesScreen</name>
    <message>
        <source>Field work</source>
        <translation>考评数据</translation>
    </message>
    <message>
        <source>Everything again</source>
        <translation>全部重新导出</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Choose Export to… and pick the USB stick; what went in is listed below.</source>
        <translation>点击“导出到…”并选择 U 盘；导出的内容会列在下方。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>From / by</source>
        <translation>来自 / 导出人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>Export your work to… (choose the USB stick)</source>
        <translation>导出到…（请选择 U 盘）</translation>
    </message>
    <message>
        <source>Reading the written file back to check it</source>
        <translation>正在读回刚写入的文件进行校验</translation>
    </message>
    <message>
        <source>Writing to {folder}… Wait until writing is finished before removing the USB stick.</source>
        <translation>正在写入 {folder}…… 请等待写入完成后再拔出 U 盘。</translation>
    </message>
    <message>
        <source>Exporting your work</source>
        <translation>正在导出数据包</translation>
    </message>
    <message>
        <source>Bundle No. {seq} written and read back intact: {file}
{records} records, {attachments} attachments, {size} KB. Writing is finished: you may remove the USB stick (use “safely remove” if your system asks for it).</source>
        <translation>第 {seq} 号数据包已写入，读回校验无误：{file}
共 {records} 条记录、{attachments} 个附件，{size} KB。写入已完成，可以拔出 U 盘（如系统要求，请先“安全弹出”）。</translation>
    </message>
    <message>
        <source>Nothing was exported. The file, if any, is incomplete: do not use it.</source>
        <translation>未导出任何数据包。如有残留文件，内容不完整，请勿使用。</translation>
    </message>
    <message>
        <source>Save your key card to…</source>
        <translation>把密钥卡保存到…</translation>
    </message>
    <message>
        <source>Exporting your key card</source>
        <translation>正在导出密钥卡</translation>
    </message>
    <message>
        <source>Key card written: {file}
Give it to the bureau&apos;s clerk and read out your fingerprint to them when they enrol it: {fingerprint}</source>
        <translation>密钥卡已写入：{file}
请交给局里的工作人员登记，并在登记时向其念出您的指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>Last master bundle imported on {when}, from {who}.</source>
        <translation>最近一次导入主数据包：{when}，来自 {who}。</translation>
    </message>
    <message>
        <source>No master bundle imported yet.</source>
        <translation>尚未导入过主数据包。</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Take your work to the bureau</source>
        <translation>把我的工作交给局里</translation>
    </message>
    <message>
        <source>Exports everything you changed since your last export into one signed file, for example on a USB stick. The file is read back and checked after writing.</source>
        <translation>把上次导出以来的全部改动导出为一个签名文件（例如存到 U 盘）。写入后会读回校验。</translation>
    </message>
    <message>
        <source>Export &amp;everything again (when an earlier file was lost)</source>
        <translation>全部重新导出（之前的文件丢失时使用）(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xport to…</source>
        <translation>导出到…(&amp;X)</translation>
    </message>
    <message>
        <source>Export my &amp;key card…</source>
        <translation>导出我的密钥卡…(&amp;K)</translation>
    </message>
    <message>
        <source>Key &amp;passphrase…</source>
        <translation>私钥口令…(&amp;P)</translation>
    </message>
    <message>
        <source>Master data from the bureau</source>
        <translation>局里下发的主数据</translation>
    </message>
    <message>
        <source>The bureau sends compounds, firms, the scoring standard and the policy as a master bundle. Import it whenever the bureau gives you a new one.</source>
        <translation>局里以主数据包下发小区、物业服务企业、评分标准和政策。每次收到新的主数据包时导入即可。</translation>
    </message>
    <message>
        <source>&amp;Import master bundle…</source>
        <translation>导入主数据包…(&amp;I)</translation>
    </message>
    <message>
        <source>Bundles exported and imported</source>
        <translation>导出与导入记录</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Issue a yellow card</source>
        <translation>发黄牌</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>The policy&apos;s default for a yellow card is {points:g} points.</source>
        <translation>政策规定黄牌默认扣 {points:g} 分。</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>发牌(&amp;I)</translation>
    </message>
    <message>
        <source>Issue the card and write it into the credit file (Ctrl+Enter)</source>
        <translation>发牌并记入信用档案（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Chosen: {firm} ({code})</source>
        <translation>已选：{firm}（{code}）</translation>
    </message>
    <message>
        <source>No firm chosen yet.</source>
        <translation>尚未选择企业。</translation>
    </message>
    <message>
        <source>Choose the firm from the list (type part of its name).</source>
        <translation>请从列表中选择企业（输入名称的一部分）。</translation>
    </message>
    <message>
        <source>Write the reason for the card.</source>
        <translation>请填写发牌原因。</translation>
    </message>
    <message>
        <source>Issuing the yellow card</source>
        <translation>正在发黄牌</translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation>企业(&amp;F)：</translation>
    </message>
    <message>
        <source>Type part of the name or credit code, then choose</source>
        <translation>输入企业名称或信用代码的一部分，然后选择</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Deduction:</source>
        <translation>扣分(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Cards and Interviews</source>
        <translation>黄牌与约谈</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Issue yellow card…</source>
        <translation>发黄牌(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Revoke on appeal…</source>
        <translation>申诉撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>黄牌与红牌</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>&amp;Next step of the interview…</source>
        <translation>约谈下一步(&amp;N)…</translation>
    </message>
    <message>
        <source>Credit file</source>
        <translation>信用档案</translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation>企业(&amp;F)：</translation>
    </message>
    <message>
        <source>Firm name or credit code</source>
        <translation>企业名称或信用代码</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查看(&amp;S)</translation>
    </message>
    <message>
        <source>Record &amp;objection…</source>
        <translation>登记异议(&amp;O)…</translation>
    </message>
    <message>
        <source>Objection &amp;upheld…</source>
        <translation>异议成立(&amp;U)…</translation>
    </message>
    <message>
        <source>Objection re&amp;jected…</source>
        <translation>驳回异议(&amp;J)…</translation>
    </message>
    <message>
        <source>Credit re&amp;pair…</source>
        <translation>信用修复(&amp;P)…</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>牌</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发牌日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发牌方式</translation>
    </message>
    <message>
        <source>Escalated from</source>
        <translation>升级自</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>约谈时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>约谈举行</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Red text: a red card or a yellow card that grew into one</source>
        <translation>红色字：红牌，或已升级为红牌的黄牌</translation>
    </message>
    <message>
        <source>Grey text: revoked on appeal</source>
        <translation>灰色字：申诉后已撤销</translation>
    </message>
    <message>
        <source>Reading the firms</source>
        <translation>正在读取企业</translation>
    </message>
    <message>
        <source>Issue a yellow card to a firm (Ctrl+N)</source>
        <translation>向企业发黄牌（Ctrl+N）</translation>
    </message>
    <message>
        <source>Revoke the selected card on appeal, giving the reason (Ctrl+Shift+R)</source>
        <translation>申诉成立时撤销所选的牌，须写明原因（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Open the selected interview to record its next step (Enter or Ctrl+I)</source>
        <translation>打开所选约谈，记录下一步（Enter 或 Ctrl+I）</translation>
    </message>
    <message>
        <source>No quarter has inspections or cards yet. Merge the inspectors&apos; bundles.</source>
        <translation>还没有任何季度的考评或发牌记录。请先合并考评员的数据包。</translation>
    </message>
    <message>
        <source>Reading the cards and interviews</source>
        <translation>正在读取黄牌与约谈</translation>
    </message>
    <message>
        <source>{yellow} yellow and {red} red cards in force, {revoked} revoked; {interviews} interviews.</source>
        <translation>有效黄牌 {yellow} 张、红牌 {red} 张，已撤销 {revoked} 张；约谈 {interviews} 家。</translation>
    </message>
    <message>
        <source>{quarter} is finalised: its cards can no longer be issued or revoked.</source>
        <translation>{quarter} 已定稿：不能再发牌或撤销该季度的牌。</translation>
    </message>
    <message>
        <source>{day}: {reason}</source>
        <translation>{day}：{reason}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Select the card to revoke first.</source>
        <translation>请先选择要撤销的牌。</translation>
    </message>
    <message>
        <source>Revoke a card on appeal</source>
        <translation>申诉撤销</translation>
    </message>
    <message>
        <source>Revoke the {card} of {firm} ({reason})? Write why the appeal succeeded; escalations are recomputed.</source>
        <translation>撤销{firm}的{card}（{reason}）？请写明申诉成立的理由；系统将重新计算红牌升级。</translation>
    </message>
    <message>
        <source>Select an interview first.</source>
        <translation>请先选择一条约谈。</translation>
    </message>
    <message>
        <source>Opening the interview</source>
        <translation>正在打开约谈</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>The clock of this computer</source>
        <translation>本机时钟</translation>
    </message>
    <message>
        <source>This computer&apos;s clock does not agree with the times it has recorded.</source>
        <translation>本机时钟与本机记录过的时间对不上。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Ticket {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <source>Removed after the retention period</source>
        <translation>已按保存期限清除</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation>（不予受理）</translation>
    </message>
    <message>
        <source>· overdue</source>
        <translation>· 已超期</translation>
    </message>
    <message>
        <source>· redone {count} times</source>
        <translation>· 返工 {count} 次</translation>
    </message>
    <message>
        <source>· escalated</source>
        <translation>· 已升级督办</translation>
    </message>
    <message>
        <source>This firm&apos;s tickets in {quarter}: {total} received; acceptance {acceptance}, resolution {resolution}, on time {on_time}, satisfaction {satisfaction}, redone {redo}.</source>
        <translation>该企业 {quarter} 工单：共 {total} 件；受理率 {acceptance}，解决率 {resolution}，按时办结率 {on_time}，满意率 {satisfaction}，返工率 {redo}。</translation>
    </message>
    <message>
        <source>Choose whether the resident is satisfied, then record the visit.</source>
        <translation>请先选择居民是否满意，再登记回访。</translation>
    </message>
    <message>
        <source>Write the reason for not accepting the ticket in the note.</source>
        <translation>请在备注中写明不予受理的理由。</translation>
    </message>
    <message>
        <source>Write in the note what the resident was told, then reply.</source>
        <translation>请先在备注中写明答复居民的内容，再回复。</translation>
    </message>
    <message>
        <source>Write in the note what must be done again, and why.</source>
        <translation>请在备注中写明需要重新办理的内容和原因。</translation>
    </message>
    <message>
        <source>Updating ticket {number}</source>
        <translation>正在更新工单 {number}</translation>
    </message>
    <message>
        <source>Complaint Ticket</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>工单编号：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation>小区：</translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation>物业企业：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>投诉内容：</translation>
    </message>
    <message>
        <source>Caller:</source>
        <translation>来电人：</translation>
    </message>
    <message>
        <source>Ti&amp;meline:</source>
        <translation>办理经过(&amp;M)：</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation>居民评价：</translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation>满意(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation>不满意(&amp;N)</translation>
    </message>
    <message>
        <source>Matter reso&amp;lved</source>
        <translation>诉求已解决(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>转办(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation>办理(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <source>Record &amp;Visit</source>
        <translation>回访(&amp;V)</translation>
    </message>
    <message>
        <source>Clos&amp;e Ticket</source>
        <translation>办结(&amp;E)</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>返工(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>不予受理(&amp;J)</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345 热线</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Found on inspection</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Pass the ticket on to the firm to handle</source>
        <translation>将工单转交物业企业办理</translation>
    </message>
    <message>
        <source>The firm has started handling it</source>
        <translation>物业企业已开始办理</translation>
    </message>
    <message>
        <source>The resident has been answered</source>
        <translation>已答复居民</translation>
    </message>
    <message>
        <source>Record the return visit and whether the resident is satisfied</source>
        <translation>登记回访及居民是否满意</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>办结该工单</translation>
    </message>
    <message>
        <source>The resident is not satisfied: send it back to handling</source>
        <translation>居民不满意：退回重新办理</translation>
    </message>
    <message>
        <source>Not the firm&apos;s business: close without accepting (give the reason)</source>
        <translation>不属于物业服务事项：不予受理并办结（须写明理由）</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>Complaint Tickets</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Ticket</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <source>Satisfaction &amp;Survey…</source>
        <translation>满意度调查(&amp;S)…</translation>
    </message>
    <message>
        <source>Survey &amp;List…</source>
        <translation>调查列表(&amp;L)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>只看超期(&amp;V)</translation>
    </message>
    <message>
        <source>Ticket number, compound, firm, category or content</source>
        <translation>工单编号、小区、企业、类别或内容</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Tickets received in the quarter:</source>
        <translation>导出该季度受理的工单：</translation>
    </message>
    <message>
        <source>Remove old callers ({count})</source>
        <translation>清除过期来电人信息（{count}）</translation>
    </message>
    <message>
        <source>Remove old callers</source>
        <translation>清除过期来电人信息</translation>
    </message>
    <message>
        <source>Blank the caller&apos;s name and phone of tickets closed before {cutoff} (the policy keeps them {months} months); recorded in the audit trail.</source>
        <translation>清除 {cutoff} 之前办结的工单的来电人姓名和电话（政策规定保存 {months} 个月），并记入审计。</translation>
    </message>
    <message>
        <source>No ticket closed before {cutoff} still holds its caller&apos;s details.</source>
        <translation>{cutoff} 之前办结的工单均已没有来电人信息，无需清除。</translation>
    </message>
    <message>
        <source>Blank the caller&apos;s name and phone of {count} tickets closed before {cutoff} (the policy keeps them {months} months)? This cannot be undone; the tickets themselves stay.</source>
        <translation>清除 {count} 张在 {cutoff} 之前办结的工单的来电人姓名和电话（政策规定保存 {months} 个月）？清除后无法恢复；工单本身保留。</translation>
    </message>
    <message>
        <source>Removing old callers</source>
        <translation>正在清除过期来电人信息</translation>
    </message>
    <message>
        <source>Removed the callers of {count} tickets.</source>
        <translation>已清除 {count} 张工单的来电人信息。</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Open the selected ticket ({key})</source>
        <translation>打开所选工单（{key}）</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>{shown} of {total} tickets</source>
        <translation>显示 {shown} 件，共 {total} 件工单</translation>
    </message>
    <message>
        <source>No complaint tickets yet. Register one with New Ticket (Ctrl+N), or import the bureau&apos;s bundle.</source>
        <translation>还没有投诉工单。可用“新建工单”（Ctrl+N）登记，或导入工作人员下发的数据包。</translation>
    </message>
    <message>
        <source>Opening the ticket</source>
        <translation>正在打开工单</translation>
    </message>
</context>
<context>
    <name>CompoundDialog</name>
    <message>
        <source>Service head</source>
        <translation>服务长</translation>
    </message>
    <message>
        <source>Street liaison</source>
        <translation>街道联系长</translation>
    </message>
    <message>
        <source>Community police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <source>Legal adviser</source>
        <translation>法律顾问</translation>
    </message>
    <message>
        <source>Property manager</source>
        <translation>物业经理</translation>
    </message>
    <message>
        <source>Resident representative</source>
        <translation>居民代表</translation>
    </message>
    <message>
        <source>New compound</source>
        <translation>新增小区</translation>
    </message>
    <message>
        <source>Edit compound</source>
        <translation>编辑小区</translation>
    </message>
    <message>
        <source>Type part of the district, street or community name</source>
        <translation>输入区、街道或社区名称的一部分</translation>
    </message>
    <message>
        <source>No firm: type part of a firm&apos;s name or credit code</source>
        <translation>无物业企业：输入企业名称或信用代码的一部分</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Choosing another firm starts a new contract and ends the current one on the day before.</source>
        <translation>选择另一家物业企业将开始一份新合同，现有合同于新合同开始前一天结束。</translation>
    </message>
    <message>
        <source>A new contract starts; the contract with the current firm ends on {day}.</source>
        <translation>将开始一份新合同；与现物业企业的合同于 {day} 结束。</translation>
    </message>
    <message>
        <source>Choose the community from the list.</source>
        <translation>请从列表中选择社区。</translation>
    </message>
    <message>
        <source>Choose the firm from the list, or leave it empty.</source>
        <translation>请从列表中选择物业企业，或留空。</translation>
    </message>
    <message>
        <source>Saving the compound</source>
        <translation>正在保存小区</translation>
    </message>
    <message>
        <source>&amp;Compound</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ommunity:</source>
        <translation>社区(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation>户数(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>Served &amp;by a state-owned fallback firm (no market firm would)</source>
        <translation>由国有企业兜底服务（三无小区）(&amp;B)</translation>
    </message>
    <message>
        <source>2+4 Tea&amp;m</source>
        <translation>2+4 团队(&amp;M)</translation>
    </message>
    <message>
        <source>Con&amp;tract</source>
        <translation>物业合同(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation>物业企业(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>CompoundsScreen</name>
    <message>
        <source>{shown} of {total} compounds</source>
        <translation>显示 {shown} 个，共 {total} 个小区</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Compound, street or firm name</source>
        <translation>小区、街道或企业名称</translation>
    </message>
</context>
<context>
    <name>CreditPanel</name>
    <message>
        <source>Good (+)</source>
        <translation>守信（加分）</translation>
    </message>
    <message>
        <source>Bad (−)</source>
        <translation>失信（扣分）</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>黄牌/红牌</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>季度考评</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Objection pending</source>
        <translation>异议待处理</translation>
    </message>
    <message>
        <source>Objection upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <source>Objection rejected</source>
        <translation>异议驳回</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Counts today</source>
        <translation>今日计分</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Repaired on</source>
        <translation>修复日期</translation>
    </message>
    <message>
        <source>Choose a firm, or select one of its cards or interviews.</source>
        <translation>请选择企业，或在黄牌、约谈列表中选中该企业的记录。</translation>
    </message>
    <message>
        <source>Record the firm&apos;s objection to the entry</source>
        <translation>登记企业对该记录的异议</translation>
    </message>
    <message>
        <source>The objection holds: the entry stops counting</source>
        <translation>异议成立：该记录不再计分</translation>
    </message>
    <message>
        <source>The objection fails: the entry keeps counting</source>
        <translation>异议不成立：该记录继续计分</translation>
    </message>
    <message>
        <source>Repair the firm&apos;s credit from today</source>
        <translation>自今日起修复企业信用</translation>
    </message>
    <message>
        <source>Choose the firm from the list (type part of its name).</source>
        <translation>请从列表中选择企业（输入名称的一部分）。</translation>
    </message>
    <message>
        <source>Reading the credit file</source>
        <translation>正在读取信用档案</translation>
    </message>
    <message>
        <source>latest quarterly score {score:.2f}</source>
        <translation>最近季度得分 {score:.2f}</translation>
    </message>
    <message>
        <source>no quarterly score yet</source>
        <translation>尚无季度得分</translation>
    </message>
    <message>
        <source>{firm}: credit score {score:.2f}, grade {grade} on {day} ({base}); {entries} entries, {counting} counting.</source>
        <translation>{firm}：{day} 信用分 {score:.2f}，等级 {grade}（{base}）；共 {entries} 条记录，其中 {counting} 条计分。</translation>
    </message>
    <message>
        <source>Select an entry of the credit file first.</source>
        <translation>请先选择一条信用记录。</translation>
    </message>
    <message>
        <source>Record an objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>The firm objects to “{reason}”. What does it say?</source>
        <translation>企业对“{reason}”提出异议。异议理由是什么？</translation>
    </message>
    <message>
        <source>Uphold the objection</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <source>Uphold the objection to “{reason}”? The entry stops counting. On what grounds?</source>
        <translation>认定对“{reason}”的异议成立？该记录将不再计分。依据是什么？</translation>
    </message>
    <message>
        <source>Reject the objection</source>
        <translation>驳回异议</translation>
    </message>
    <message>
        <source>Reject the objection to “{reason}”? The entry keeps counting. On what grounds?</source>
        <translation>驳回对“{reason}”的异议？该记录继续计分。依据是什么？</translation>
    </message>
    <message>
        <source>Repair the credit</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>Repair the firm&apos;s credit for “{reason}”? The entry stops counting from today. What was rectified?</source>
        <translation>为“{reason}”修复企业信用？该记录自今日起不再计分。整改完成了什么？</translation>
    </message>
</context>
<context>
    <name>DeductionsDialog</name>
    <message>
        <source>{code} {name} (max {max})</source>
        <translation>{code} {name}（满分 {max}）</translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation>得分：{score}</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Type how many times each deduction applies (+ and − change it by one). The score is the maximum less the deductions.</source>
        <translation>输入每个扣分项的次数（按 + 和 − 增减一次）。得分为满分减去扣分，最低为 0。</translation>
    </message>
</context>
<context>
    <name>DeductionsModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>每次扣分</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Score distribution</source>
        <translation>得分分布</translation>
    </message>
    <message>
        <source>Under 60</source>
        <translation>60 分以下</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 分及以上</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分段</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>≥{low}</source>
        <translation>≥{low}</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <source>Where the score comes from</source>
        <translation>得分溯源</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>考评日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>考评员</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sheet total</source>
        <translation>考评表得分</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>评分人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Reading the firm&apos;s sheets</source>
        <translation>正在读取企业的考评表</translation>
    </message>
    <message>
        <source>{firm} ({code}) · {quarter}</source>
        <translation>{firm}（{code}）· {quarter}</translation>
    </message>
    <message>
        <source>Not ranked this quarter.</source>
        <translation>本季度未参加排名。</translation>
    </message>
    <message>
        <source>Score {score:.2f} (rank {rank}) = sheets combined {raw:.2f} − deductions {deductions:.2f}. Each compound&apos;s sheets are combined by “{rule}”; {weighing} {automatic}</source>
        <translation>得分 {score:.2f}（第 {rank} 名）= 考评表合计 {raw:.2f} − 扣分 {deductions:.2f}。每个小区的考评表按“{rule}”合并，{weighing}{automatic}</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Sheets counted</source>
        <translation>计分表数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>compounds weigh equally.</source>
        <translation>各小区等权平均。</translation>
    </message>
    <message>
        <source>compounds weigh by households; one without a household count weighs as much as the firm&apos;s median compound of the quarter.</source>
        <translation>各小区按户数加权，户数空缺的小区按该企业本季度受检小区户数的中位数计权。</translation>
    </message>
    <message>
        <source>compounds weigh by households; one without a household count weighs as one household.</source>
        <translation>各小区按户数加权，户数空缺的小区按 1 户计权。</translation>
    </message>
    <message>
        <source>compounds weigh by households; one without a household count is left out of the score and of the compounds inspected.</source>
        <translation>各小区按户数加权，户数空缺的小区不计入得分，也不计入检查小区数。</translation>
    </message>
    <message>
        <source>Automatic cards lower the quarter&apos;s score too: {points:.2f} of the deductions.</source>
        <translation>自动发出的黄牌、红牌也扣减本季度得分：扣分中有 {points:.2f} 分来自自动发牌。</translation>
    </message>
    <message>
        <source>Automatic cards go into the credit file only, not this score.</source>
        <translation>自动发出的黄牌、红牌扣分只记入信用档案，不扣减本季度得分。</translation>
    </message>
    <message>
        <source>mean of the sheets</source>
        <translation>取平均</translation>
    </message>
    <message>
        <source>latest sheet</source>
        <translation>取最近一次</translation>
    </message>
    <message>
        <source>lowest sheet</source>
        <translation>取最低一次</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>已被更正版取代</translation>
    </message>
    <message>
        <source>{status}, not counted</source>
        <translation>{status}，不计分</translation>
    </message>
    <message>
        <source>Reading the inspection sheet</source>
        <translation>正在读取考评表</translation>
    </message>
    <message>
        <source>{compound} · inspected {day} by {inspector} · revision {revision} · submitted {submitted}</source>
        <translation>{compound} · {day} 由 {inspector} 考评 · 第 {revision} 版 · 提交于 {submitted}</translation>
    </message>
    <message>
        <source>Sheet note: {note}</source>
        <translation>考评表备注：{note}</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{item} −{points:g} ×{count}</source>
        <translation>{item} −{points:g}×{count}</translation>
    </message>
    <message>
        <source>Choose an indicator to see its deductions, note, photos and history.</source>
        <translation>选择一项指标，查看其扣分项、备注、照片和历史记录。</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>{code} {name}: {score} of {maximum:g} points</source>
        <translation>{code} {name}：{score} 分（满分 {maximum:g}）</translation>
    </message>
    <message>
        <source>Scored by {who}, recorded {time}</source>
        <translation>评分人 {who}，记录于 {time}</translation>
    </message>
    <message>
        <source>Deductions: {items}</source>
        <translation>扣分项：{items}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>{caption} (file missing)</source>
        <translation>{caption}（文件缺失）</translation>
    </message>
</context>
<context>
    <name>FirmDialog</name>
    <message>
        <source>New firm</source>
        <translation>新增物业企业</translation>
    </message>
    <message>
        <source>Edit firm</source>
        <translation>编辑物业企业</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91330106MA27XK5Y1X</source>
        <translation>18 位，如 91330106MA27XK5Y1X</translation>
    </message>
    <message>
        <source>The last of the 18 characters is a check character.</source>
        <translation>18 位中的最后一位是校验位。</translation>
    </message>
    <message>
        <source>✓ The check character is right.</source>
        <translation>✓ 校验位正确。</translation>
    </message>
    <message>
        <source>Saving the firm</source>
        <translation>正在保存企业</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>企业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;State-owned firm</source>
        <translation>国有企业(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FirmsScreen</name>
    <message>
        <source>{shown} of {total} firms</source>
        <translation>显示 {shown} 家，共 {total} 家企业</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Compounds served</source>
        <translation>服务小区数</translation>
    </message>
    <message>
        <source>Households served</source>
        <translation>服务户数</translation>
    </message>
    <message>
        <source>Firm name or credit code</source>
        <translation>企业名称或统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Your full name, e.g. 李明</source>
        <translation>您的姓名，如 李明</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Creating this computer&apos;s identity</source>
        <translation>正在创建本机身份</translation>
    </message>
    <message>
        <source>Creating demo data</source>
        <translation>正在生成演示数据</translation>
    </message>
    <message>
        <source>Welcome to Hexie Desktop</source>
        <translation>欢迎使用和谐桌面</translation>
    </message>
    <message>
        <source>This computer has no identity yet. Choose how it will be used and enter your name. The identity signs every bundle this computer writes and cannot be changed later.</source>
        <translation>本机尚未设置身份。请选择本机的用途并输入您的姓名。身份用于签名本机导出的每一个数据包，设置后不能更改。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Inspector: scores compounds in the field</source>
        <translation>考评员(&amp;I)：在现场为小区考评打分</translation>
    </message>
    <message>
        <source>&amp;Clerk: merges bundles and decides results at the bureau</source>
        <translation>工作人员(&amp;C)：在局里合并数据包、确定考评结果</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Fill the database with &amp;demo data to try the program</source>
        <translation>生成演示数据(&amp;D)，先试用本程序</translation>
    </message>
    <message>
        <source>Import the &amp;bureau&apos;s master bundle… (inspectors)</source>
        <translation>导入局里下发的主数据包…（考评员）(&amp;B)</translation>
    </message>
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年等级</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>较上年</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Close the year: its grades are the announced ones and are not regraded</source>
        <translation>定稿：本年度等级即为公布结果，不再重新评定</translation>
    </message>
    <message>
        <source>Reopen a finalised year for regrading, giving the reason</source>
        <translation>重新开启已定稿的年度以便重新评定，须填写原因</translation>
    </message>
    <message>
        <source>Grade every community for the year (Ctrl+G)</source>
        <translation>评定本年度全部社区（Ctrl+G）</translation>
    </message>
    <message>
        <source>Enter the chosen source&apos;s scores for the selected community (Enter)</source>
        <translation>录入所选社区在所选来源的评分（Enter）</translation>
    </message>
    <message>
        <source>Reading the community grading</source>
        <translation>正在读取社区评定</translation>
    </message>
    <message>
        <source>{communities} communities, {scored} with scores.</source>
        <translation>共 {communities} 个社区，{scored} 个已有评分。</translation>
    </message>
    <message>
        <source>Not graded yet for {year}.</source>
        <translation>{year} 年度尚未评定。</translation>
    </message>
    <message>
        <source>Graded on {time} with policy version {policy} and standard version {standard}.</source>
        <translation>已于 {time} 评定（政策第 {policy} 版，标准第 {standard} 版）。</translation>
    </message>
    <message>
        <source>The year is finalised: its grades are the announced ones.</source>
        <translation>本年度评定已定稿，等级即为公布结果。</translation>
    </message>
    <message>
        <source>Scores changed since then: press Grade again.</source>
        <translation>此后评分有改动，请重新点击“评定”。</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>不定级</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新参评</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Not eligible (first election less than a year before)</source>
        <translation>不符合参评条件（首次选举未满一年）</translation>
    </message>
    <message>
        <source>Disqualified: serious incident</source>
        <translation>发生重大事件，取消资格</translation>
    </message>
    <message>
        <source>Public criticism (under the minimum score)</source>
        <translation>低于最低分，通报批评</translation>
    </message>
    <message>
        <source>Recommended upward</source>
        <translation>推荐上报</translation>
    </message>
    <message>
        <source>Serious incident this year</source>
        <translation>本年度发生重大事件</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Opening the grading sheet</source>
        <translation>正在打开评分表</translation>
    </message>
    <message>
        <source>Grading the communities</source>
        <translation>正在评定社区等级</translation>
    </message>
    <message>
        <source>Finalise {year}</source>
        <translation>定稿 {year} 年度</translation>
    </message>
    <message>
        <source>Finalise the community grading of {year}? Its grades become the announced ones and are not regraded until a clerk reopens the year with a reason.</source>
        <translation>确定将 {year} 年度和谐社区等级评定定稿吗？定稿后等级即为公布结果，工作人员填写原因重新开启前不能重新评定。</translation>
    </message>
    <message>
        <source>Finalising {year}</source>
        <translation>正在定稿 {year} 年度</translation>
    </message>
    <message>
        <source>Reopen {year}</source>
        <translation>重新开启 {year} 年度</translation>
    </message>
    <message>
        <source>Why must the finalised grades of {year} change? The reason is kept in the audit trail.</source>
        <translation>为什么要修改 {year} 年度已定稿的等级？原因将记入审计记录。</translation>
    </message>
    <message>
        <source>District on-site check</source>
        <translation>区级实地检查</translation>
    </message>
    <message>
        <source>Third-party monitoring</source>
        <translation>第三方监测</translation>
    </message>
    <message>
        <source>Street cross-check</source>
        <translation>街道交叉检查</translation>
    </message>
    <message>
        <source>Community Grading</source>
        <translation>和谐社区等级评定</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Edit scores…</source>
        <translation>录入评分(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>评定(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Finalise the year</source>
        <translation>年度定稿(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reopen the year</source>
        <translation>重新开启年度(&amp;R)</translation>
    </message>
</context>
<context>
    <name>GradingSheetDialog</name>
    <message>
        <source>Grading sheet</source>
        <translation>社区评分表</translation>
    </message>
    <message>
        <source>{community} · {year} · {source} · community standard version {version}</source>
        <translation>{community} · {year} 年 · {source} · 社区评定标准第 {version} 版</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>{filled} of {count} indicators scored; total {points} of {total}</source>
        <translation>已评 {filled} / {count} 项指标；合计 {points} / {total} 分</translation>
    </message>
    <message>
        <source>A score must be a number from 0 to the indicator&apos;s maximum: {codes}</source>
        <translation>得分应为 0 到该指标满分之间的数：{codes}</translation>
    </message>
    <message>
        <source>Saving the grading sheet</source>
        <translation>正在保存评分表</translation>
    </message>
</context>
<context>
    <name>HeldTreeModel</name>
    <message>
        <source>{count} records</source>
        <translation>{count} 条</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Save a blank &amp;template…</source>
        <translation>保存空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>An empty register with the expected columns, an example row, drop-down lists and a second sheet explaining every column</source>
        <translation>按导入所需的列生成空白名录：含示例行、下拉选项，第二个工作表逐列说明填写要求</translation>
    </message>
    <message>
        <source>Errors, warnings and skipped rows, by row:</source>
        <translation>按行列出的错误、提示和跳过的行：</translation>
    </message>
    <message>
        <source>No file chosen (.xlsx, .xlsm or .csv)</source>
        <translation>尚未选择文件（.xlsx、.xlsm 或 .csv）</translation>
    </message>
    <message>
        <source>Choose the kind of list and the file. Nothing is written until you press Import, and Import is possible only when no row has an error.</source>
        <translation>请选择表格类型和文件。点击“导入”之前不会写入任何数据；只有所有行都没有错误时才能导入。</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>正在读取表格</translation>
    </message>
    <message>
        <source>The file could not be read; see the message. Choose another file.</source>
        <translation>无法读取该文件，原因见提示。请选择其他文件。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>请核对</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>{rows} rows are correct and {bad} rows have errors (listed below by row number). Correct the spreadsheet and choose it again: nothing is imported while any row is wrong.</source>
        <translation>{rows} 行正确，{bad} 行有错误（按行号列在下方）。请在表格中改正后重新选择该文件：只要有一行出错，就不会导入任何数据。</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>该文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>{rows} rows read, no errors. Import writes them all in one step.</source>
        <translation>已读取 {rows} 行，没有错误。导入将一次性写入全部数据。</translation>
    </message>
    <message>
        <source>Check the {warnings} warnings below before importing.</source>
        <translation>导入前请核对下方的 {warnings} 条提示。</translation>
    </message>
    <message>
        <source>{skipped} rows of totals or notes are skipped.</source>
        <translation>合计、说明等 {skipped} 行不是数据，将跳过。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation>国有</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区名称</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>三无小区兜底</translation>
    </message>
    <message>
        <source>Firm credit code</source>
        <translation>物业企业信用代码</translation>
    </message>
    <message>
        <source>Contract starts</source>
        <translation>合同开始日期</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>合同结束日期</translation>
    </message>
    <message>
        <source>Importing master data</source>
        <translation>正在导入主数据</translation>
    </message>
    <message>
        <source>Save a blank template</source>
        <translation>保存空白模板</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>正在保存模板</translation>
    </message>
    <message>
        <source>Template saved to {path}. Fill it in (the second sheet explains every column), then choose it here.</source>
        <translation>模板已保存到 {path}。请填写（第二个工作表逐列说明），再在这里选择该文件导入。</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>The file lists:</source>
        <translation>表格内容：</translation>
    </message>
    <message>
        <source>&amp;Compounds (with places, firms and contracts)</source>
        <translation>小区（含区、街道、社区、物业企业与合同）(&amp;C)</translation>
    </message>
    <message>
        <source>F&amp;irms</source>
        <translation>物业企业(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>选择文件(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Errors by row:</source>
        <translation>按行列出的错误：</translation>
    </message>
</context>
<context>
    <name>InspectionSheet</name>
    <message>
        <source>Inspection Sheet</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>Photos of this indicator (drop image files on its row):</source>
        <translation>本指标的照片（可把图片文件拖到指标行上）：</translation>
    </message>
    <message>
        <source>Add &amp;Photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>Discard Dra&amp;ft…</source>
        <translation>放弃草稿(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Deductions…</source>
        <translation>扣分项(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;Revision…</source>
        <translation>新建修订(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type a score; Enter or Tab: next indicator, Shift+Tab: previous; Ctrl+↓ / Ctrl+↑: next / previous part; Delete: clear the score</source>
        <translation>直接输入得分；Enter 或 Tab：下一指标，Shift+Tab：上一指标；Ctrl+↓ / Ctrl+↑：下一 / 上一部分；Delete：清除得分</translation>
    </message>
    <message>
        <source>Inspection Sheet — {compound}</source>
        <translation>考评表 — {compound}</translation>
    </message>
    <message>
        <source>{address} · {street} · {community}</source>
        <translation>{address} · {street} · {community}</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>Firm: {firm} (credit code {code})</source>
        <translation>物业企业：{firm}（统一社会信用代码 {code}）</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>{households} households · contract {contract} · {quarter} · inspected {day} · {standard}</source>
        <translation>{households} 户 · 合同 {contract} · {quarter} · 检查日期 {day} · {standard}</translation>
    </message>
    <message>
        <source>revision {number}</source>
        <translation>第 {number} 版</translation>
    </message>
    <message>
        <source>Draft · {revision}</source>
        <translation>草稿 · {revision}</translation>
    </message>
    <message>
        <source>Submitted · {revision}</source>
        <translation>已提交 · {revision}</translation>
    </message>
    <message>
        <source>Correction of an earlier sheet. Reason: {reason}</source>
        <translation>这是对之前考评表的修订。原因：{reason}</translation>
    </message>
    <message>
        <source>Submitted {when}: read-only. To correct it, start a new revision (Ctrl+R).</source>
        <translation>已于 {when} 提交，只读。如需更正，请新建修订（Ctrl+R）。</translation>
    </message>
    <message>
        <source>{code} {name}
{points} / {max}</source>
        <translation>{code} {name}
{points} / {max}</translation>
    </message>
    <message>
        <source> · {count} not scored</source>
        <translation> · {count} 项未评</translation>
    </message>
    <message>
        <source>Total {total} / {max}</source>
        <translation>总分 {total} / {max}</translation>
    </message>
    <message>
        <source> (scaled from {share} scored)</source>
        <translation>（按已评 {share} 折算）</translation>
    </message>
    <message>
        <source>Total — ({points} given; {share} scored, {needed} needed)</source>
        <translation>总分 —（已给 {points} 分；已评 {share}，须达 {needed}）</translation>
    </message>
    <message>
        <source> · out of range: {codes}</source>
        <translation> · 超出满分：{codes}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>已保存 {time}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的修改</translation>
    </message>
    <message>
        <source>Undone: {code} is back as it was · saved {time}</source>
        <translation>已撤销：{code} 恢复为修改前 · {time} 已保存</translation>
    </message>
    <message>
        <source>Discard the draft of {compound}? Its scores, deductions and notes are thrown away; the audit trail keeps that it was discarded.</source>
        <translation>放弃{compound}的考评表草稿？其中的得分、扣分项和备注将被丢弃；审计记录会记下这次放弃。</translation>
    </message>
    <message>
        <source> The submitted sheet it corrects stays as it is.</source>
        <translation>所更正的已提交考评表保持不变。</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <source>Cannot discard the draft</source>
        <translation>无法放弃草稿</translation>
    </message>
    <message>
        <source>{count} indicators are not scored: {codes}. The total is scaled from the {share} that are.

{question}</source>
        <translation>还有 {count} 项指标未评分：{codes}。总分按已评的 {share} 折算。

{question}</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Submit the sheet of {compound} with a total of {total}? After submitting it can only be corrected by a new revision.</source>
        <translation>提交“{compound}”的考评表（总分 {total}）？提交后只能通过新建修订来更正。</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>不能提交</translation>
    </message>
    <message>
        <source>New Revision</source>
        <translation>新建修订</translation>
    </message>
    <message>
        <source>What needs correcting, and why? (kept with the sheet and in the audit trail)</source>
        <translation>要更正什么，为什么？（原因随考评表保存并记入审计记录）</translation>
    </message>
    <message>
        <source>Cannot start a revision</source>
        <translation>不能新建修订</translation>
    </message>
</context>
<context>
    <name>InspectionsScreen</name>
    <message>
        <source>Inspected</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿（未提交）</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Compound, street, firm or quarter</source>
        <translation>小区、街道、企业或季度</translation>
    </message>
    <message>
        <source>Open the inspection sheet ({key})</source>
        <translation>打开考评表（{key}）</translation>
    </message>
    <message>
        <source>{shown} of {total} sheets</source>
        <translation>考评表 {shown} / {total}</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>考评记录</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter or double-click opens the sheet. Drafts are saved as you type and are not counted until submitted.</source>
        <translation>按 Enter 或双击打开考评表。草稿随输入自动保存，提交后才计入考评。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Held &amp;at:</source>
        <translation>约谈时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>约谈纪要(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Commitments:</source>
        <translation>整改承诺(&amp;C)：</translation>
    </message>
    <message>
        <source>Rectify &amp;by:</source>
        <translation>整改期限(&amp;B)：</translation>
    </message>
    <message>
        <source>Follow-up &amp;on:</source>
        <translation>复查日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Rectified: c&amp;lose the interview</source>
        <translation>整改到位：销号(&amp;L)</translation>
    </message>
    <message>
        <source>Not rectified: &amp;escalate with a yellow card</source>
        <translation>整改不到位：升级并发黄牌(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>复查结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>{firm} ({code}) · {quarter} score {score:.2f} · {status}</source>
        <translation>{firm}（{code}）· {quarter} 得分 {score:.2f} · {status}</translation>
    </message>
    <message>
        <source>The policy&apos;s deadline after the interview is {day}.</source>
        <translation>按政策，约谈后的整改期限为 {day}。</translation>
    </message>
    <message>
        <source>Scheduled for {time} at {place}.</source>
        <translation>约定 {time} 在 {place} 约谈。</translation>
    </message>
    <message>
        <source>Held {time}.</source>
        <translation>已于 {time} 约谈。</translation>
    </message>
    <message>
        <source>Minutes: {text}</source>
        <translation>约谈纪要：{text}</translation>
    </message>
    <message>
        <source>Commitments: {text}</source>
        <translation>整改承诺：{text}</translation>
    </message>
    <message>
        <source>Rectify by {day}.</source>
        <translation>整改期限 {day}。</translation>
    </message>
    <message>
        <source>Follow-up on {day}: {result}.</source>
        <translation>{day} 复查：{result}。</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>整改到位</translation>
    </message>
    <message>
        <source>not rectified</source>
        <translation>整改不到位</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无记录。</translation>
    </message>
    <message>
        <source>Schedule the interview</source>
        <translation>安排约谈</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>安排(&amp;S)</translation>
    </message>
    <message>
        <source>Record the interview held</source>
        <translation>记录约谈情况</translation>
    </message>
    <message>
        <source>&amp;Record as held</source>
        <translation>记录为已约谈(&amp;R)</translation>
    </message>
    <message>
        <source>Set the rectification deadline</source>
        <translation>设定整改期限</translation>
    </message>
    <message>
        <source>&amp;Start rectification</source>
        <translation>开始整改(&amp;S)</translation>
    </message>
    <message>
        <source>Record the follow-up inspection</source>
        <translation>记录整改复查</translation>
    </message>
    <message>
        <source>Record &amp;result</source>
        <translation>记录复查结果(&amp;R)</translation>
    </message>
    <message>
        <source>{step} (Ctrl+Enter)</source>
        <translation>{step}（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>This interview is {status}; it has no further step.</source>
        <translation>该约谈状态为“{status}”，没有后续步骤。</translation>
    </message>
</context>
<context>
    <name>KeyPassphrase</name>
    <message>
        <source>This computer&apos;s private key is protected by a passphrase. Enter it once for this session (signing, exporting and opening bundles need it):</source>
        <translation>本机私钥已设口令保护。请输入口令，本次会话只问一次（签名、导出和打开数据包都需要它）：</translation>
    </message>
    <message>
        <source>Unlock the private key</source>
        <translation>解锁私钥</translation>
    </message>
    <message>
        <source>Wrong passphrase. Enter the passphrase of this computer&apos;s private key:</source>
        <translation>口令不正确。请输入本机私钥的口令：</translation>
    </message>
    <message>
        <source>Protect the private key</source>
        <translation>为私钥设置口令</translation>
    </message>
    <message>
        <source>A new passphrase for this computer&apos;s private key (at least 8 characters). It is asked once per session; it cannot be recovered if forgotten:</source>
        <translation>本机私钥的新口令（至少 8 个字符）。每次会话询问一次；遗忘后无法找回：</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>再输入一次同一口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的口令不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>The private key is now protected by the passphrase; it is asked once per session.</source>
        <translation>本机私钥已用口令保护；每次会话询问一次。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>National SM2</source>
        <translation>国密 SM2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>密码算法</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Enrolled / revoked on</source>
        <translation>登记 / 撤销日期</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>Encrypted bundles</source>
        <translation>加密数据包</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>can be sealed to it</source>
        <translation>可以加密发给它</translation>
    </message>
    <message>
        <source>no encryption key: enrol its newer key card</source>
        <translation>没有加密公钥：请登记它的新密钥卡</translation>
    </message>
    <message>
        <source>Choose an inspector&apos;s key card</source>
        <translation>选择考评员的密钥卡</translation>
    </message>
    <message>
        <source>Key cards (*.hexie-key.json *.json)</source>
        <translation>密钥卡 (*.hexie-key.json *.json)</translation>
    </message>
    <message>
        <source>Enrol a key card</source>
        <translation>登记密钥卡</translation>
    </message>
    <message>
        <source>Which role may this key sign for? The role written on the card is not taken: you decide it here.</source>
        <translation>这个密钥以什么角色签名？卡片上写的角色不被采信，由您在这里决定。</translation>
    </message>
    <message>
        <source>Enrol as a clerk</source>
        <translation>登记为工作人员</translation>
    </message>
    <message>
        <source>A clerk&apos;s key may sign master data, policy, cards and decisions for the whole bureau. Enrol it as a clerk only if you have checked in person that it belongs to a clerk of this bureau. Enrol as a clerk?</source>
        <translation>工作人员的密钥可以为全局签发主数据、政策、黄红牌和审核决定。只有当面核实它确属本局工作人员时，才登记为工作人员。确定登记为工作人员吗？</translation>
    </message>
    <message>
        <source>Enrolled {name} ({role}). Fingerprint: {fingerprint}
Compare it with the inspector now; if it differs, revoke this key at once.</source>
        <translation>已登记 {name}（{role}）。指纹：{fingerprint}
请现在与考评员核对；如不一致，请立即撤销该密钥。</translation>
    </message>
    <message>
        <source>Added the encryption key of {name}: encrypted master bundles reach it now.</source>
        <translation>已为 {name} 补登加密公钥：此后加密的主数据包它也能解开。</translation>
    </message>
    <message>
        <source>Added the national SM2 key of {name}: its bundles in the national algorithms merge now. SM2 fingerprint: {fingerprint}</source>
        <translation>已为 {name} 补登国密 SM2 密钥：此后其用国密算法导出的数据包可以合并。国密 SM2 指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>National SM2 fingerprint: {fingerprint}</source>
        <translation>国密 SM2 指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>This card carries no national SM2 key (an older version wrote it): before the policy switches to the national algorithms, enrol its newer card.</source>
        <translation>这张密钥卡没有国密 SM2 密钥（旧版本导出）：考评政策改用国密算法之前，请登记对方的新密钥卡。</translation>
    </message>
    <message>
        <source>This card carries no encryption key (an older version wrote it): encrypted bundles cannot reach this installation until it is upgraded and its new card enrolled.</source>
        <translation>这张密钥卡没有加密公钥（由旧版本导出）：在对方升级并登记其新密钥卡之前，加密的数据包发不到该设备。</translation>
    </message>
    <message>
        <source>The card claimed the role {claimed}; that claim was not taken.</source>
        <translation>卡片声称的角色是“{claimed}”，未被采信。</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>撤销密钥</translation>
    </message>
    <message>
        <source>Revoke the key of {name}?
{fingerprint}

Bundles it signs will be refused from now on. Reason (required, for the audit trail):</source>
        <translation>撤销 {name} 的密钥？
{fingerprint}

此后该密钥签名的数据包都将被拒绝。撤销原因（必填，记入审计记录）：</translation>
    </message>
    <message>
        <source>Nothing revoked: a reason is required.</source>
        <translation>未撤销：必须填写原因。</translation>
    </message>
    <message>
        <source>Revoked the key of {name}; its bundles will be refused.</source>
        <translation>已撤销 {name} 的密钥，其数据包将被拒绝。</translation>
    </message>
    <message>
        <source>Inspector keys</source>
        <translation>考评员密钥</translation>
    </message>
    <message>
        <source>Bundles are merged only when signed by a key enrolled here. An inspector exports a key card on the Bundles page of their computer; before enrolling it, compare the fingerprint with the inspector in person or by phone. A revoked key stays listed and its bundles are refused.</source>
        <translation>只有用此处登记的密钥签名的数据包才会被合并。考评员在其电脑的“数据包”页导出密钥卡；登记前请当面或电话与考评员核对指纹。已撤销的密钥仍会列出，其数据包一律拒绝。</translation>
    </message>
    <message>
        <source>&amp;Enrol a key card…</source>
        <translation>登记密钥卡…(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>撤销…(&amp;R)</translation>
    </message>
    <message>
        <source>Key &amp;passphrase…</source>
        <translation>私钥口令…(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Inspector</source>
        <translation>考评员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the data folder…</source>
        <translation>正在打开数据目录…</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Signing key fingerprint of this computer: {fingerprint}</source>
        <translation>本机签名密钥指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Central store: {server} · data folder: {folder}</source>
        <translation>中心库：{server} · 数据目录：{folder}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>数据目录：{folder}</translation>
    </message>
    <message>
        <source>About Hexie Desktop</source>
        <translation>关于和谐桌面</translation>
    </message>
    <message>
        <source>Hexie Desktop</source>
        <translation>和谐桌面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据目录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About Hexie Desktop</source>
        <translation>关于和谐桌面(&amp;A)</translation>
    </message>
    <message>
        <source>Find in List</source>
        <translation>在列表中查找</translation>
    </message>
</context>
<context>
    <name>MasterBundleImportDialog</name>
    <message>
        <source>Import the bureau&apos;s master bundle</source>
        <translation>导入局里下发的主数据包</translation>
    </message>
    <message>
        <source>The bureau&apos;s master bundle brings compounds, firms, the scoring standard and the policy to this computer. It is checked whole before anything is written: who signed it, that nothing in it was changed, and what it holds.</source>
        <translation>主数据包把小区、物业服务企业、评分标准和政策带到本机。写入前会完整校验：谁签的名、内容是否被改动、包含哪些数据。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件…(&amp;C)</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>签名者：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Bureau key:</source>
        <translation>局方密钥：</translation>
    </message>
    <message>
        <source>Written on:</source>
        <translation>生成时间：</translation>
    </message>
    <message>
        <source>The bureau key this computer already trusts.</source>
        <translation>与本机已固定的局方密钥一致。</translation>
    </message>
    <message>
        <source>The first bureau bundle on this computer: importing it makes this the only bureau key accepted from now on. Compare the fingerprint with the bureau before importing.</source>
        <translation>这是本机第一次导入局方数据包：导入后将固定此局方密钥，以后只接受它签名的数据包。导入前请与局里核对指纹。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>No bundle chosen (.hexie)</source>
        <translation>尚未选择数据包（.hexie）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the master bundle</source>
        <translation>选择主数据包</translation>
    </message>
    <message>
        <source>Bundles (*.hexie)</source>
        <translation>数据包 (*.hexie)</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>正在校验数据包……</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>校验数据包</translation>
    </message>
    <message>
        <source>Verified: the signature is valid and every part of the bundle is intact. Nothing has been written yet.</source>
        <translation>校验通过：签名有效，数据包各部分完整无损。尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Already imported: this computer has everything in this bundle.</source>
        <translation>已导入过：本机已包含该数据包的全部内容。</translation>
    </message>
    <message>
        <source>Refused, nothing written: {reason}</source>
        <translation>已拒绝，未写入任何数据：{reason}</translation>
    </message>
    <message>
        <source>{name} ({role}), bundle No. {seq}</source>
        <translation>{name}（{role}），第 {seq} 号数据包</translation>
    </message>
    <message>
        <source>Not a bureau key this computer trusts.</source>
        <translation>不是本机信任的局方密钥。</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Importing the master bundle</source>
        <translation>正在导入主数据包</translation>
    </message>
    <message>
        <source>Imported: {inserted} records added, {updated} updated, {unchanged} already up to date.</source>
        <translation>导入完成：新增 {inserted} 条，更新 {updated} 条，{unchanged} 条已是最新。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MasterDataScreen</name>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Delete the firm “{name}”? Its past scores and credit file are kept.</source>
        <translation>删除企业“{name}”？其历史得分和信用档案会保留。</translation>
    </message>
    <message>
        <source>Delete the compound “{name}” and its 2+4 team? Its past inspections are kept.</source>
        <translation>删除小区“{name}”及其 2+4 团队？其历史考评记录会保留。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>MergeScreen</name>
    <message>
        <source>Nothing merged yet. Add bundles above, preview, then merge.</source>
        <translation>尚未合并。请在上方添加数据包，先预览，再合并。</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>{count} bundles ready. Preview them, or merge.</source>
        <translation>已添加 {count} 个数据包，可以预览或合并。</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>Bundles (*.hexie)</source>
        <translation>数据包 (*.hexie)</translation>
    </message>
    <message>
        <source>Choose a folder of bundles</source>
        <translation>选择存放数据包的文件夹</translation>
    </message>
    <message>
        <source>The list of bundles changed. Preview again (F5) to see what they bring.</source>
        <translation>数据包列表已改变。请重新预览（F5）查看它们会带来什么。</translation>
    </message>
    <message>
        <source>Nothing to merge: {refused} bundles refused, {others} already merged or exported by this computer.</source>
        <translation>没有需要合并的内容：{refused} 个数据包被拒绝，{others} 个已合并过或是本机导出的。</translation>
    </message>
    <message>
        <source>Merge {bundles} bundles into this computer&apos;s database? They add {inserted} records, change {updated} and delete {deleted}; {held} records will wait in Pending Review.</source>
        <translation>把 {bundles} 个数据包合并到本机数据库？将新增 {inserted} 条记录，修改 {updated} 条，删除 {deleted} 条；{held} 条记录将进入待审核。</translation>
    </message>
    <message>
        <source>{refused} refused bundles are not merged.</source>
        <translation>被拒绝的 {refused} 个数据包不会合并。</translation>
    </message>
    <message>
        <source>Checking {count} bundles…</source>
        <translation>正在校验 {count} 个数据包……</translation>
    </message>
    <message>
        <source>Merging {count} bundles…</source>
        <translation>正在合并 {count} 个数据包……</translation>
    </message>
    <message>
        <source>Preview of the merge</source>
        <translation>合并预览</translation>
    </message>
    <message>
        <source>Merging bundles</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <source>Preview done, nothing written. Merge when it looks right.</source>
        <translation>预览完成，未写入任何数据。确认无误后再合并。</translation>
    </message>
    <message>
        <source>{refused} bundles refused and left unmerged; the others are merged.</source>
        <translation>{refused} 个数据包被拒绝、未合并；其余已合并。</translation>
    </message>
    <message>
        <source>Merge done.</source>
        <translation>合并完成。</translation>
    </message>
    <message>
        <source>{held} records wait in Pending Review.</source>
        <translation>{held} 条记录在“待审核”中等待处理。</translation>
    </message>
    <message>
        <source>Stopped. Bundles merged before stopping stay merged; merging the list again reports them as already merged.</source>
        <translation>已停止。停止前已合并的数据包保持合并；再次合并该列表时会显示为“已合并过”。</translation>
    </message>
    <message>
        <source>Export the master bundle for inspectors to…</source>
        <translation>把给考评员的主数据包导出到…</translation>
    </message>
    <message>
        <source>Writing the master bundle to {folder}… wait before removing the USB stick.</source>
        <translation>正在把主数据包写入 {folder}…… 请等待写入完成后再拔出 U 盘。</translation>
    </message>
    <message>
        <source>Exporting the master bundle</source>
        <translation>正在导出主数据包</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <source>Master bundle No. {seq} written and read back intact: {file} ({records} records). Inspectors import it on their Bundles page.</source>
        <translation>第 {seq} 号主数据包已写入，读回校验无误：{file}（{records} 条记录）。考评员在其“数据包”页导入。</translation>
    </message>
    <message>
        <source>Merge Bundles</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <source>Inspector &amp;keys…</source>
        <translation>考评员密钥…(&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;xport master bundle…</source>
        <translation>导出主数据包…(&amp;X)</translation>
    </message>
    <message>
        <source>Bundles to merge</source>
        <translation>待合并的数据包</translation>
    </message>
    <message>
        <source>Add bundle files or a folder (a USB stick), or drop .hexie files and folders anywhere on this page. Preview first to see what would change; nothing is written until you merge.</source>
        <translation>添加数据包文件或文件夹（如 U 盘），或把 .hexie 文件、文件夹拖到本页任意位置。先预览将发生的改动；点击“合并”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件…(&amp;F)</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>添加文件夹…(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Preview changes</source>
        <translation>预览改动(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <source>By &amp;table</source>
        <translation>按数据表(&amp;T)</translation>
    </message>
    <message>
        <source>Field &amp;differences</source>
        <translation>字段差异(&amp;D)</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Already merged, nothing changed</source>
        <translation>已合并过，未作改动</translation>
    </message>
    <message>
        <source>Merged, some records held for review</source>
        <translation>已合并，部分记录待审核</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>校验通过</translation>
    </message>
    <message>
        <source>Skipped: exported by this computer</source>
        <translation>已跳过：本机导出</translation>
    </message>
    <message>
        <source>Would merge</source>
        <translation>将合并</translation>
    </message>
    <message>
        <source>Would merge, some records held</source>
        <translation>将合并，部分记录将待审核</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因与说明</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields: before → after</source>
        <translation>字段：原值 → 新值</translation>
    </message>
    <message>
        <source>Nothing merged yet.</source>
        <translation>尚未合并。</translation>
    </message>
    <message>
        <source>Missing bundles No. {numbers} from this device</source>
        <translation>缺少该设备的第 {numbers} 号数据包</translation>
    </message>
    <message>
        <source>{count} compounds scored by more than one inspector this quarter</source>
        <translation>{count} 个小区本季度有多名考评员评分（均保留）</translation>
    </message>
    <message>
        <source>Clock: {message}</source>
        <translation>时钟：{message}</translation>
    </message>
    <message>
        <source>{count} × {status}</source>
        <translation>{status} {count} 个</translation>
    </message>
    <message>
        <source>Preview of {bundles} bundles, nothing written: {words}. Would add {inserted}, change {updated}, hold {held} for review.</source>
        <translation>预览 {bundles} 个数据包，未写入：{words}。将新增 {inserted} 条，修改 {updated} 条，{held} 条待审核。</translation>
    </message>
    <message>
        <source>{bundles} bundles: {words}. Added {inserted}, changed {updated}, held {held} for review, {conflicts} conflicts kept.</source>
        <translation>{bundles} 个数据包：{words}。新增 {inserted} 条，修改 {updated} 条，{held} 条待审核，保留冲突 {conflicts} 条。</translation>
    </message>
    <message>
        <source>{file}: {status}</source>
        <translation>{file}：{status}</translation>
    </message>
    <message>
        <source>Gap in this inspector&apos;s chain: bundles No. {numbers} have not arrived. Ask for them, or for a full export.</source>
        <translation>该考评员的数据包有缺号：第 {numbers} 号尚未收到。请向其索要，或请其全部重新导出。</translation>
    </message>
    <message>
        <source>{count} more changes not listed.</source>
        <translation>另有 {count} 条改动未列出。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Hexie Desktop</source>
        <translation>和谐桌面</translation>
    </message>
    <message>
        <source>Another Hexie Desktop window is already using this data folder:
{folder}

Switch to that window, or close it and start again.</source>
        <translation>已有一个和谐桌面窗口在使用此数据目录：
{folder}

请切换到那个窗口，或将其关闭后重新打开。</translation>
    </message>
    <message>
        <source>Something went wrong inside Hexie Desktop. Your saved work is safe; the details were written to the log {log_file}. Please send that file to technical support.</source>
        <translation>和谐桌面内部出错。已保存的工作不受影响；详细信息已写入日志 {log_file}。请将该文件发给技术支持。</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hexie Desktop {version}&lt;/h3&gt;&lt;p&gt;Offline-first evaluation and oversight of property-management firms for housing bureaus: inspections in the field, bundles carried by hand, results at the bureau.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Chinese font: AR PL UMing (Arphic Public License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;和谐桌面 {version}&lt;/h3&gt;&lt;p&gt;住建部门物业服务企业考评与监管软件，离线优先：现场考评，数据包人工传递，局里汇总出结果。&lt;/p&gt;&lt;p&gt;数据目录：{folder}&lt;/p&gt;&lt;p&gt;中文字体：AR PL UMing（Arphic Public License）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not encrypted: the policy allows plain bundles, so whoever finds the stick can read it.</source>
        <translation>未加密：考评政策允许明文数据包，拾到 U 盘的人能读出内容。</translation>
    </message>
    <message>
        <source>Encrypted: only its {count} recipients (and this computer) can open it.</source>
        <translation>已加密：只有 {count} 个接收方（及本机）能解开。</translation>
    </message>
    <message>
        <source>{names} cannot read it: their encryption keys are unknown here; enrol their newer key cards.</source>
        <translation>{names} 读不了这个数据包：本机不知道他们的加密公钥；请登记他们的新密钥卡。</translation>
    </message>
    <message>
        <source>The bureau revoked the keys of {names}: this computer no longer trusts them.</source>
        <translation>局方已撤销 {names} 的密钥：本机不再信任这些密钥。</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>e.g. 12345-2026-0000123</source>
        <translation>如 12345-2026-0000123</translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation>输入名称的一部分</translation>
    </message>
    <message>
        <source>e.g. water leak</source>
        <translation>如：漏水渗水</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Register the ticket (Ctrl+S)</source>
        <translation>登记工单（Ctrl+S）</translation>
    </message>
    <message>
        <source>e.g. 13812345678 or 0571-88885678</source>
        <translation>如 13812345678 或 0571-88885678</translation>
    </message>
    <message>
        <source>Choose the compound from the list (type part of its name).</source>
        <translation>请从列表中选择小区（可输入名称的一部分）。</translation>
    </message>
    <message>
        <source>Registering ticket {number}</source>
        <translation>正在登记工单 {number}</translation>
    </message>
    <message>
        <source>New Complaint Ticket</source>
        <translation>新建投诉工单</translation>
    </message>
    <message>
        <source>Ticket &amp;number:</source>
        <translation>工单编号(&amp;N)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ompound:</source>
        <translation>小区(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>受理时间(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>办理时限(&amp;D)：</translation>
    </message>
    <message>
        <source>Con&amp;tent:</source>
        <translation>投诉内容(&amp;T)：</translation>
    </message>
    <message>
        <source>Caller&apos;s na&amp;me:</source>
        <translation>来电人姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>页 / 共 {count} 页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>New policy version</source>
        <translation>新建考评政策版本</translation>
    </message>
    <message>
        <source>A copy of policy version {version} (in force from {start}). Change what the bureau decided; the new version gets the next number.</source>
        <translation>复制自考评政策第 {version} 版（自 {start} 起施行）。请修改局里决定调整的数值；新版本将使用下一个版本号。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>不设置</translation>
    </message>
    <message>
        <source>Creating the policy version</source>
        <translation>正在新建考评政策版本</translation>
    </message>
    <message>
        <source>&amp;Applies from quarter:</source>
        <translation>生效季度(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>修改说明(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <source>Scoring</source>
        <translation>计分</translation>
    </message>
    <message>
        <source>Red and black lists</source>
        <translation>红黑榜</translation>
    </message>
    <message>
        <source>Owner satisfaction</source>
        <translation>业主满意度</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>黄牌/红牌</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>约谈</translation>
    </message>
    <message>
        <source>Credit file</source>
        <translation>信用档案</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉处理</translation>
    </message>
    <message>
        <source>Community grading</source>
        <translation>社区等级评定</translation>
    </message>
    <message>
        <source>Bundles and keys</source>
        <translation>数据包与密钥</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Several inspections of a compound</source>
        <translation>同一小区多次考评的合并方式</translation>
    </message>
    <message>
        <source>Compounds weighted by</source>
        <translation>小区权重依据</translation>
    </message>
    <message>
        <source>Incomplete sheet</source>
        <translation>未填完的考评表</translation>
    </message>
    <message>
        <source>Least share of indicators scored</source>
        <translation>考评表至少已评指标比例</translation>
    </message>
    <message>
        <source>A compound with no household count weighs</source>
        <translation>户数空缺的小区计权方式</translation>
    </message>
    <message>
        <source>Lists ranked by</source>
        <translation>红黑榜排名依据</translation>
    </message>
    <message>
        <source>The size of each list is</source>
        <translation>红黑榜名额按</translation>
    </message>
    <message>
        <source>Share of the firms evaluated on the red list</source>
        <translation>红榜名额占参评企业的比例</translation>
    </message>
    <message>
        <source>Share of the firms evaluated on the black list</source>
        <translation>黑榜名额占参评企业的比例</translation>
    </message>
    <message>
        <source>Only firms with at least this credit grade reach the red list</source>
        <translation>信用等级达到此级及以上的企业才能列入红榜</translation>
    </message>
    <message>
        <source>These credit grades put a firm on the black list whatever its score</source>
        <translation>信用等级为以下等级的企业不论得分一律列入黑榜</translation>
    </message>
    <message>
        <source>Firms on the red list</source>
        <translation>红榜企业数</translation>
    </message>
    <message>
        <source>Firms on the black list</source>
        <translation>黑榜企业数</translation>
    </message>
    <message>
        <source>Red list: lowest score</source>
        <translation>红榜最低分</translation>
    </message>
    <message>
        <source>Black list: highest score</source>
        <translation>黑榜最高分</translation>
    </message>
    <message>
        <source>Least compounds inspected to be listed</source>
        <translation>上榜至少考评小区数</translation>
    </message>
    <message>
        <source>Points for “very satisfied”</source>
        <translation>“非常满意”计分</translation>
    </message>
    <message>
        <source>Points for “satisfied”</source>
        <translation>“满意”计分</translation>
    </message>
    <message>
        <source>Points for “neutral”</source>
        <translation>“一般”计分</translation>
    </message>
    <message>
        <source>Points for “dissatisfied”</source>
        <translation>“不满意”计分</translation>
    </message>
    <message>
        <source>Points for “very dissatisfied”</source>
        <translation>“非常不满意”计分</translation>
    </message>
    <message>
        <source>Yellow card deduction</source>
        <translation>黄牌扣分</translation>
    </message>
    <message>
        <source>Red card deduction</source>
        <translation>红牌扣分</translation>
    </message>
    <message>
        <source>Automatic yellow card below score</source>
        <translation>低于此分自动黄牌</translation>
    </message>
    <message>
        <source>Deductions of automatic cards</source>
        <translation>自动发牌的扣分</translation>
    </message>
    <message>
        <source>Interview below score</source>
        <translation>低于此分约谈</translation>
    </message>
    <message>
        <source>Days to rectify</source>
        <translation>整改天数</translation>
    </message>
    <message>
        <source>Most interviews per quarter</source>
        <translation>每季度最多约谈数</translation>
    </message>
    <message>
        <source>Days an entry counts</source>
        <translation>信用记录有效天数</translation>
    </message>
    <message>
        <source>Credit grades (grade and lowest score)</source>
        <translation>信用等级（等级及最低分）</translation>
    </message>
    <message>
        <source>Grade below all of them</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <source>Base points of a firm without a score</source>
        <translation>无得分企业的基础分</translation>
    </message>
    <message>
        <source>Warn after a drop of</source>
        <translation>降幅达到此分时预警</translation>
    </message>
    <message>
        <source>Warn when heading below</source>
        <translation>趋势将低于此分时预警</translation>
    </message>
    <message>
        <source>Escalate a ticket redone this often</source>
        <translation>工单重办达到此次数时升级</translation>
    </message>
    <message>
        <source>Standard part fed by tickets</source>
        <translation>工单计入的评分标准部分</translation>
    </message>
    <message>
        <source>Weight: acceptance rate</source>
        <translation>权重：受理率</translation>
    </message>
    <message>
        <source>Weight: resolution rate</source>
        <translation>权重：解决率</translation>
    </message>
    <message>
        <source>Weight: on-time rate</source>
        <translation>权重：按时办结率</translation>
    </message>
    <message>
        <source>Weight: satisfaction rate</source>
        <translation>权重：满意率</translation>
    </message>
    <message>
        <source>Penalty per redo rate</source>
        <translation>重办率扣减系数</translation>
    </message>
    <message>
        <source>Share of the part without tickets</source>
        <translation>无工单时该部分得分比例</translation>
    </message>
    <message>
        <source>Grade quotas (grade and share)</source>
        <translation>等级名额（等级及比例）</translation>
    </message>
    <message>
        <source>Public criticism below score</source>
        <translation>低于此分通报批评</translation>
    </message>
    <message>
        <source>Years after the first election</source>
        <translation>首次选举后满几年参评</translation>
    </message>
    <message>
        <source>Weight: district on-site check</source>
        <translation>权重：区级实地检查</translation>
    </message>
    <message>
        <source>Weight: third-party monitoring</source>
        <translation>权重：第三方监测</translation>
    </message>
    <message>
        <source>Weight: street cross-check</source>
        <translation>权重：街道交叉检查</translation>
    </message>
    <message>
        <source>Grades recommended upward</source>
        <translation>推荐上报的等级</translation>
    </message>
    <message>
        <source>Inspectors&apos; bundles</source>
        <translation>考评员的数据包</translation>
    </message>
    <message>
        <source>Master bundles for inspectors</source>
        <translation>发给考评员的主数据包</translation>
    </message>
    <message>
        <source>Each installation&apos;s private key</source>
        <translation>各设备的私钥</translation>
    </message>
    <message>
        <source>Months a closed ticket keeps its caller</source>
        <translation>办结工单来电人信息保存月数</translation>
    </message>
    <message>
        <source>Algorithms bundles are exported with</source>
        <translation>数据包使用的密码算法</translation>
    </message>
    <message>
        <source>Bundles in the other algorithms</source>
        <translation>使用另一种密码算法的数据包</translation>
    </message>
    <message>
        <source>Mean of the inspections</source>
        <translation>取平均</translation>
    </message>
    <message>
        <source>Latest inspection</source>
        <translation>取最近一次</translation>
    </message>
    <message>
        <source>Lowest inspection</source>
        <translation>取最低一次</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Equally</source>
        <translation>等权</translation>
    </message>
    <message>
        <source>Scale up to the indicators scored</source>
        <translation>按已评指标折算</translation>
    </message>
    <message>
        <source>Leave the sheet out</source>
        <translation>不计入该表</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>A fixed number of firms</source>
        <translation>固定家数</translation>
    </message>
    <message>
        <source>A share of the firms evaluated</source>
        <translation>参评企业的比例</translation>
    </message>
    <message>
        <source>As much as the firm&apos;s median compound of the quarter</source>
        <translation>按该企业本季度受检小区户数的中位数计权</translation>
    </message>
    <message>
        <source>As one household</source>
        <translation>按 1 户计权</translation>
    </message>
    <message>
        <source>Nothing: it is left out of the score and of the compounds inspected</source>
        <translation>不计权：不计入得分，也不计入检查小区数</translation>
    </message>
    <message>
        <source>Go into the credit file only, not the quarter&apos;s score</source>
        <translation>只记入信用档案，不扣减当季得分</translation>
    </message>
    <message>
        <source>Also lower the score of the quarter they were issued for</source>
        <translation>同时扣减所属季度的得分</translation>
    </message>
    <message>
        <source>Must be encrypted to the bureau: plain ones are refused</source>
        <translation>必须加密给局方：未加密的一律拒收</translation>
    </message>
    <message>
        <source>Encrypted once the inspector knows the bureau&apos;s key; plain ones still accepted (while the fleet upgrades)</source>
        <translation>考评员得知局方公钥后即加密；仍接收未加密的（全员升级期间）</translation>
    </message>
    <message>
        <source>Encrypted to the enrolled inspectors (they name people)</source>
        <translation>加密给已登记的考评员（主数据含人员信息）</translation>
    </message>
    <message>
        <source>Plain: master data is public</source>
        <translation>明文：主数据公开</translation>
    </message>
    <message>
        <source>Must be sealed with a passphrase before anything is exported</source>
        <translation>导出前必须为私钥设置口令</translation>
    </message>
    <message>
        <source>May be kept without a passphrase</source>
        <translation>可以不设口令</translation>
    </message>
    <message>
        <source>Ed25519, X25519, ChaCha20-Poly1305 (international)</source>
        <translation>Ed25519、X25519、ChaCha20-Poly1305（国际算法）</translation>
    </message>
    <message>
        <source>SM2, SM3, SM4-GCM (national commercial cryptography)</source>
        <translation>SM2、SM3、SM4-GCM（国密商用密码算法）</translation>
    </message>
    <message>
        <source>Still merged from trusted keys (while the fleet switches)</source>
        <translation>仍可合并已登记密钥签名的（迁移期间）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝合并</translation>
    </message>
</context>
<context>
    <name>PolicyScreen</name>
    <message>
        <source>Policy and Standards</source>
        <translation>政策与标准</translation>
    </message>
    <message>
        <source>The version in force is the newest one whose start is not later than the period evaluated. A new version is an edited copy of the selected one and travels in the next master bundle.</source>
        <translation>现行版本是生效期不晚于所考评期间的最新版本。新版本是所选版本的修改副本，随下一个主数据包下发。</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>新建版本(&amp;N)…</translation>
    </message>
    <message>
        <source>Evaluation policy</source>
        <translation>考评政策</translation>
    </message>
    <message>
        <source>Service-quality standard</source>
        <translation>服务质量评分标准</translation>
    </message>
    <message>
        <source>Community grading standard</source>
        <translation>社区评定标准</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>生效自</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name or note</source>
        <translation>名称或说明</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>An edited copy of the selected version (Ctrl+N)</source>
        <translation>复制所选版本并修改（Ctrl+N）</translation>
    </message>
    <message>
        <source>No policy or standard yet: they arrive with demo data or a master bundle.</source>
        <translation>尚无政策或标准：它们随演示数据或主数据包导入。</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>{kind} version {version}, applies from {start}</source>
        <translation>{kind}第 {version} 版，自 {start} 起施行</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>不设置</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation>{points} 分</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printing page {done} of {total}…</source>
        <translation>正在打印第 {done} 页，共 {total} 页…</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Please write the reason first.</source>
        <translation>请先填写原因。</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Quarterly evaluation report</source>
        <translation>季度考评报告</translation>
    </message>
    <message>
        <source>Red and black list notice</source>
        <translation>红黑榜公示</translation>
    </message>
    <message>
        <source>Interview notice</source>
        <translation>约谈通知书</translation>
    </message>
    <message>
        <source>Firm credit file</source>
        <translation>企业信用档案</translation>
    </message>
    <message>
        <source>Community grading results</source>
        <translation>社区评定结果</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>No report yet.
Choose a report and its period on the left, then Generate.</source>
        <translation>还没有生成报告。
请在左侧选择报告类型和期间，然后按“生成”。</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Firm name or credit code</source>
        <translation>企业名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>No quarter has been evaluated yet: evaluate a quarter first.</source>
        <translation>还没有考评过的季度：请先在“季度结果”中运行考评。</translation>
    </message>
    <message>
        <source>{quarter} has not been evaluated.</source>
        <translation>{quarter} 尚未考评。</translation>
    </message>
    <message>
        <source>Evaluated, {firms} firms; final.</source>
        <translation>已考评 {firms} 家企业；已定稿。</translation>
    </message>
    <message>
        <source>Evaluated, {firms} firms; not final yet, so reports are marked provisional.</source>
        <translation>已考评 {firms} 家企业；尚未定稿，报告将标注“暂定稿”。</translation>
    </message>
    <message>
        <source>{firm} ({score} points)</source>
        <translation>{firm}（{score} 分）</translation>
    </message>
    <message>
        <source>No firm was summoned this quarter</source>
        <translation>本季度没有约谈企业</translation>
    </message>
    <message>
        <source>{firm} as of {date}</source>
        <translation>{firm}（截至 {date}）</translation>
    </message>
    <message>
        <source>Generate report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>{report} · {subject}
{when} · {pages} pages · code {code}</source>
        <translation>{report} · {subject}
{when} · {pages} 页 · 核验码 {code}</translation>
    </message>
    <message>
        <source>Reports you generate are listed here.</source>
        <translation>生成的报告会列在这里，双击或按回车可重新打开。</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>{report} · {subject} · {pages} pages · verification code {code}</source>
        <translation>{report} · {subject} · 共 {pages} 页 · 核验码 {code}</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>{pages} pages sent to the printer.</source>
        <translation>已将 {pages} 页发送到打印机。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告类型(&amp;R)：</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>F&amp;irm:</source>
        <translation>约谈企业(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Find firm:</source>
        <translation>查找企业(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Recen&amp;tly generated:</source>
        <translation>最近生成(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Verify a printout…</source>
        <translation>核验打印件(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>ResultsDrilldownDialog</name>
    <message>
        <source>&amp;Compounds inspected</source>
        <translation>受检小区(&amp;C)</translation>
    </message>
    <message>
        <source>Inspection &amp;sheets of the compound</source>
        <translation>该小区的考评表(&amp;S)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标详情</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>ResultsLabels</name>
    <message>
        <source>Unannounced</source>
        <translation>暗访</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>例行</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Sharp fall</source>
        <translation>得分大幅下降</translation>
    </message>
    <message>
        <source>Trending below 60</source>
        <translation>趋势将跌破 60 分</translation>
    </message>
    <message>
        <source>Yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <source>Red card</source>
        <translation>红牌</translation>
    </message>
    <message>
        <source>Its ranking</source>
        <translation>得分排名</translation>
    </message>
    <message>
        <source>A red card this quarter</source>
        <translation>本季度红牌警告</translation>
    </message>
    <message>
        <source>Credit grade {grade}</source>
        <translation>信用等级 {grade}</translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation>待安排</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已约谈</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Version in force recorded</source>
        <translation>记录现行版本</translation>
    </message>
    <message>
        <source>Earlier version, replaced by a later edit</source>
        <translation>旧版本（已被后续修改取代）</translation>
    </message>
    <message>
        <source>Competing version that lost the merge</source>
        <translation>冲突版本（合并时未被采用）</translation>
    </message>
    <message>
        <source>Held for a clerk&apos;s review</source>
        <translation>暂扣待工作人员审核</translation>
    </message>
    <message>
        <source>Held record accepted</source>
        <translation>暂扣记录已接受</translation>
    </message>
    <message>
        <source>Held record rejected</source>
        <translation>暂扣记录已拒绝</translation>
    </message>
    <message>
        <source>Conflict reviewed</source>
        <translation>冲突已复核</translation>
    </message>
    <message>
        <source>Corrects an earlier revision</source>
        <translation>更正此前版本</translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation>已被更正版取代</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>考评表</translation>
    </message>
    <message>
        <source>Indicator score</source>
        <translation>指标得分</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Held because</source>
        <translation>暂扣原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key}：{value}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Quarterly Results</source>
        <translation>季度结果</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Ranked on</source>
        <translation>排名依据值</translation>
    </message>
    <message>
        <source>Listed for</source>
        <translation>列入依据</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>预警类型</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度得分</translation>
    </message>
    <message>
        <source>Projected next quarter</source>
        <translation>下季度预测</translation>
    </message>
    <message>
        <source>Red text: the firm was given a red card this quarter</source>
        <translation>红色字：该企业本季度被发红牌</translation>
    </message>
    <message>
        <source>Evaluate the quarter again (Ctrl+E)</source>
        <translation>重新计算本季度考评（Ctrl+E）</translation>
    </message>
    <message>
        <source>Follow the selected firm&apos;s score down to its sheets (Enter or Ctrl+D)</source>
        <translation>追溯所选企业得分至各考评表（Enter 或 Ctrl+D）</translation>
    </message>
    <message>
        <source>Freeze the quarter&apos;s results (Ctrl+Shift+F)</source>
        <translation>定稿，冻结本季度结果（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Unfreeze a finalised quarter, giving the reason (Ctrl+Shift+O)</source>
        <translation>重新开启已定稿的季度，须填写原因（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>No quarter has inspections yet. Merge the inspectors&apos; bundles first.</source>
        <translation>还没有任何季度的考评表。请先合并考评员的数据包。</translation>
    </message>
    <message>
        <source>Reading the quarter&apos;s results</source>
        <translation>正在读取季度结果</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>计算(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Evaluate again</source>
        <translation>重新计算(&amp;E)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Compounds inspected</source>
        <translation>受检小区数</translation>
    </message>
    <message>
        <source>{quarter} has not been evaluated yet. Press Evaluate.</source>
        <translation>{quarter} 尚未考评。请按“计算”。</translation>
    </message>
    <message>
        <source>Finalised on {time} by {who}; the results are frozen.</source>
        <translation>已于 {time} 由 {who} 定稿，结果已冻结。</translation>
    </message>
    <message>
        <source>Provisional: the quarter is not finalised yet.</source>
        <translation>暂定结果：本季度尚未定稿。</translation>
    </message>
    <message>
        <source>Reopened because: {reason}</source>
        <translation>曾重新开启，原因：{reason}</translation>
    </message>
    <message>
        <source>Evaluated on {time} by {who} with policy version {policy} and standard version {standard}; {firms} firms ranked.</source>
        <translation>{time} 由 {who} 按政策第 {policy} 版、评分标准第 {standard} 版计算；{firms} 家企业参加排名。</translation>
    </message>
    <message>
        <source>Awaiting re-evaluation: {reason}. Press Evaluate.</source>
        <translation>待重新考评：{reason}。请点击“重新计算”。</translation>
    </message>
    <message>
        <source>Evaluating {quarter}</source>
        <translation>正在计算 {quarter}</translation>
    </message>
    <message>
        <source>Still waiting:</source>
        <translation>以下事项尚未处理：</translation>
    </message>
    <message>
        <source>Finalise {quarter}</source>
        <translation>定稿 {quarter}</translation>
    </message>
    <message>
        <source>Finalise {quarter}? Its results are frozen: evaluation, cards and bundles can no longer change them until a clerk reopens the quarter with a reason.</source>
        <translation>确定定稿 {quarter}？定稿后结果冻结：重新计算、发牌和数据包都不能再改变它们，除非工作人员填写原因重新开启。</translation>
    </message>
    <message>
        <source>Finalising {quarter}</source>
        <translation>正在定稿 {quarter}</translation>
    </message>
    <message>
        <source>· {count} held records are not decided (Pending Review)</source>
        <translation>· {count} 条暂扣的记录尚未审核（待审核）</translation>
    </message>
    <message>
        <source>· {count} conflicts are not reviewed (Pending Review)</source>
        <translation>· {count} 条冲突尚未查看（待审核）</translation>
    </message>
    <message>
        <source>· bundles No. {numbers} of {inspector} have not arrived</source>
        <translation>· {inspector} 的第 {numbers} 号数据包尚未收到</translation>
    </message>
    <message>
        <source>Reopen {quarter}</source>
        <translation>重新开启 {quarter}</translation>
    </message>
    <message>
        <source>Why must the finalised results of {quarter} change? The reason is kept with the quarter and in the audit trail.</source>
        <translation>为什么必须修改 {quarter} 已定稿的结果？原因将记入该季度和审计记录。</translation>
    </message>
    <message>
        <source>&amp;Drill down…</source>
        <translation>得分溯源(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新开启(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Red and black lists</source>
        <translation>红黑榜</translation>
    </message>
    <message>
        <source>Red list</source>
        <translation>红榜</translation>
    </message>
    <message>
        <source>Black list</source>
        <translation>黑榜</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Firms whose score fell sharply since last quarter, or whose trend would take them below the floor next quarter.</source>
        <translation>得分较上季度大幅下降，或按趋势下季度将跌破 60 分的企业。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Held at</source>
        <translation>暂扣时间</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Why held / record</source>
        <translation>暂扣原因 / 记录</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Losing version by</source>
        <translation>未采用版本的作者</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>现行值</translation>
    </message>
    <message>
        <source>Held / losing version</source>
        <translation>暂扣 / 未采用的值</translation>
    </message>
    <message>
        <source>Filter by table, reason or inspector</source>
        <translation>按数据表、原因或考评员筛选</translation>
    </message>
    <message>
        <source>Why you decide so: required to reject, kept in the audit trail</source>
        <translation>处理理由：拒绝时必填，记入审计记录</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action}（{keys}）</translation>
    </message>
    <message>
        <source>Held records ({count})</source>
        <translation>暂扣的记录（{count}）</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>冲突（{count}）</translation>
    </message>
    <message>
        <source>{count} held records of {table} sent by {author} in {file}
Why: {reason}
A decision applies to the whole group; open it (→ or Enter) to see its records one by one.</source>
        <translation>{count} 条{table}暂扣，发送人 {author}，数据包 {file}
原因：{reason}
处理将作用于整组；展开（→ 或回车）可逐条查看。</translation>
    </message>
    <message>
        <source>{count} records in {groups} groups selected; a decision applies to all of them.</source>
        <translation>已选中 {groups} 组共 {count} 条记录；处理将作用于全部。</translation>
    </message>
    <message>
        <source>{count} records selected; a decision applies to all of them.</source>
        <translation>已选择 {count} 条记录；处理将作用于全部所选记录。</translation>
    </message>
    <message>
        <source>No held records: every merged bundle applied on its own authority.</source>
        <translation>没有暂扣的记录：已合并的数据包都在其权限内写入。</translation>
    </message>
    <message>
        <source>No conflicts waiting for review.</source>
        <translation>没有待审核的冲突。</translation>
    </message>
    <message>
        <source>Select a record to compare it with the record in force.</source>
        <translation>选择一条记录，与现行记录逐字段对照。</translation>
    </message>
    <message>
        <source>{verb} {count} held records in {groups} groups?</source>
        <translation>{verb} {groups} 组共 {count} 条暂扣记录？</translation>
    </message>
    <message>
        <source>This record does not exist here yet; accepting it adds it.</source>
        <translation>本机尚无此记录；接受后将新增。</translation>
    </message>
    <message>
        <source>{count} fields differ from the record in force.</source>
        <translation>与现行记录有 {count} 个字段不同。</translation>
    </message>
    <message>
        <source>{table} · sent by {author} · {file}
Why: {reason}
{state}</source>
        <translation>{table} · 发送人 {author} · {file}
原因：{reason}
{state}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Accepting held records</source>
        <translation>正在接受暂扣的记录</translation>
    </message>
    <message>
        <source>Type the reason for rejecting first.</source>
        <translation>请先填写拒绝的原因。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Rejecting held records</source>
        <translation>正在拒绝暂扣的记录</translation>
    </message>
    <message>
        <source>Marking conflicts reviewed</source>
        <translation>正在标记冲突为已审核</translation>
    </message>
    <message>
        <source>Rejected {count} records.</source>
        <translation>已拒绝 {count} 条记录。</translation>
    </message>
    <message>
        <source>Marked {count} conflicts reviewed.</source>
        <translation>已将 {count} 条冲突标记为已审核。</translation>
    </message>
    <message>
        <source>Accepted {count} records: {inserted} added, {updated} changed, {kept} kept as history because a later version is in force.</source>
        <translation>已接受 {count} 条记录：新增 {inserted} 条，修改 {updated} 条，{kept} 条因已有更新的版本而保留为历史。</translation>
    </message>
    <message>
        <source>{count} of them were stamped in the future by a wrong clock and were stamped again with this computer&apos;s clock.</source>
        <translation>其中 {count} 条的时间戳因时钟有误而在未来，已按本机时钟重新盖章。</translation>
    </message>
    <message>
        <source>Pending Review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Held records</source>
        <translation>暂扣的记录</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Side by side with the record in force</source>
        <translation>与现行记录对照</translation>
    </message>
    <message>
        <source>Show only fields that &amp;differ</source>
        <translation>只显示不同的字段(&amp;D)</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>标记为已审核(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer&apos;s identity, data folder and language.</source>
        <translation>本机身份、数据目录和界面语言。</translation>
    </message>
    <message>
        <source>Today&apos;s Work</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <source>The compounds of this quarter you have not scored yet, by street and firm, with the last score of each.</source>
        <translation>本季度您尚未考评的小区，可按街道和企业筛选，并显示每个小区的上次得分。</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>考评记录</translation>
    </message>
    <message>
        <source>Your inspection sheets: drafts saved as you type, submitted sheets and their corrections, photos per indicator.</source>
        <translation>您的考评表：边填边保存的草稿、已提交的考评表及其更正、按指标附加的照片。</translation>
    </message>
    <message>
        <source>Compounds</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Every compound with its street and firm.</source>
        <translation>所有小区及其所在街道和物业企业。</translation>
    </message>
    <message>
        <source>Firms</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Every firm with what it serves.</source>
        <translation>所有物业企业及其服务的小区。</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉工单</translation>
    </message>
    <message>
        <source>Complaint tickets through the closed loop, and owner-satisfaction surveys.</source>
        <translation>投诉工单闭环处理，以及业主满意度调查。</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Export your work to a USB stick, and import the bureau&apos;s master data.</source>
        <translation>将考评数据导出到U盘，并导入局里下发的主数据。</translation>
    </message>
    <message>
        <source>Merge Bundles</source>
        <translation>合并数据包</translation>
    </message>
    <message>
        <source>Verify and merge a folder of inspectors&apos; bundles with one action, then see what changed.</source>
        <translation>一键校验并合并整个文件夹中考评员的数据包，然后查看变更。</translation>
    </message>
    <message>
        <source>Pending Review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Held records and conflicting edits waiting for your decision.</source>
        <translation>被暂扣的记录和相互冲突的修改，等待您处理。</translation>
    </message>
    <message>
        <source>Master Data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Compounds and firms.</source>
        <translation>小区和物业企业。</translation>
    </message>
    <message>
        <source>Quarterly Results</source>
        <translation>季度结果</translation>
    </message>
    <message>
        <source>Firm scores, ranks and the red and black lists of a quarter.</source>
        <translation>季度企业得分、排名和红黑榜。</translation>
    </message>
    <message>
        <source>Cards and Interviews</source>
        <translation>黄牌与约谈</translation>
    </message>
    <message>
        <source>Yellow and red cards, credit files, and sub-60 interviews.</source>
        <translation>黄牌、红牌、信用档案，以及低于60分的约谈。</translation>
    </message>
    <message>
        <source>Community Grading</source>
        <translation>社区评定</translation>
    </message>
    <message>
        <source>The yearly harmonious community grading.</source>
        <translation>年度和谐社区等级评定。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Quarterly reports, list notices, interview notices and credit files as PDF.</source>
        <translation>季度考评报告、红黑榜通报、约谈通知书和信用档案（PDF）。</translation>
    </message>
    <message>
        <source>Policy and Standards</source>
        <translation>政策与标准</translation>
    </message>
    <message>
        <source>The scoring standard and the policy versions the results are computed with.</source>
        <translation>计算结果所依据的评分标准和政策版本。</translation>
    </message>
</context>
<context>
    <name>ServerUnreachable</name>
    <message>
        <source>Cannot connect to the database server: {where}.

Check that the server is running and the network is up, and that this computer&apos;s connection settings (the service file pg_service.conf and the password file .pgpass) are right. You can try again, or work in this computer&apos;s own database for now and bring that work to the central store later as a bundle.</source>
        <translation>无法连接数据库服务器：{where}。

请确认服务器已开启、网络连通，且本机的连接设置（服务文件 pg_service.conf 与密码文件 .pgpass）正确。可以重试，或先在本机数据库中继续工作，之后用数据包把这些工作交给中心库。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open the Local Database</source>
        <translation>打开本机数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>公钥指纹：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Hexie Desktop starts.</source>
        <translation>更改语言后，下次启动和谐桌面时生效。</translation>
    </message>
    <message>
        <source>Beijing time (Asia/Shanghai)</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <source>Xinjiang time (Asia/Urumqi)</source>
        <translation>新疆时间（乌鲁木齐）</translation>
    </message>
    <message>
        <source>Hong Kong (Asia/Hong_Kong)</source>
        <translation>香港时间</translation>
    </message>
    <message>
        <source>Macau (Asia/Macau)</source>
        <translation>澳门时间</translation>
    </message>
    <message>
        <source>Bureau&apos;s &amp;time zone:</source>
        <translation>局方时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Every time in the window, on the command line and in reports is shown on this clock.</source>
        <translation>窗口、命令行和报告中的所有时间都按此时区显示。</translation>
    </message>
</context>
<context>
    <name>SheetDelegate</name>
    <message>
        <source>{score} is more than the maximum of {code} ({maximum} points): enter a score from 0 to {maximum}.</source>
        <translation>{score} 超过了 {code} 的满分（{maximum} 分）：请输入 0 到 {maximum} 之间的分数。</translation>
    </message>
    <message>
        <source>A score is a number such as 3 or 2.5; letters and other signs cannot be entered.</source>
        <translation>得分只能填数字，如 3 或 2.5；不能输入字母或其他符号。</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分项</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>{count} not scored</source>
        <translation>{count} 项未评</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>{score} &gt; max</source>
        <translation>{score} 超出满分</translation>
    </message>
    <message>
        <source>The score {score} is above the maximum {max}; correct it before submitting.</source>
        <translation>得分 {score} 超过满分 {max}，提交前请改正。</translation>
    </message>
    <message>
        <source>Not scored yet: type a score, or Ctrl+D to pick deductions.</source>
        <translation>尚未评分：直接输入得分，或按 Ctrl+D 选择扣分项。</translation>
    </message>
</context>
<context>
    <name>SheetPhotos</name>
    <message>
        <source>Remove the selected photo from this sheet (Delete)</source>
        <translation>从考评表中移除所选照片（Delete）</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.JPG *.JPEG *.PNG *.WEBP *.HEIC)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.webp *.heic *.JPG *.JPEG *.PNG *.WEBP *.HEIC)</translation>
    </message>
    <message>
        <source>Adding photos</source>
        <translation>正在添加照片</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>移除照片</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Save the table shown as an Excel workbook (or a CSV file) to paste into notices</source>
        <translation>把当前显示的表格保存为 Excel 工作簿（或 CSV 文件），便于粘贴到通知中</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>正在导出 Excel</translation>
    </message>
    <message>
        <source>Exported {rows} rows to {path}</source>
        <translation>已导出 {rows} 行到 {path}</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>New standard version</source>
        <translation>新建评分标准版本</translation>
    </message>
    <message>
        <source>A copy of “{name}” version {version} (in force from {start}). Double-click or press F2 to change a name or points; codes stay as they are.</source>
        <translation>复制自“{name}”第 {version} 版（自 {start} 起施行）。双击或按 F2 修改名称或分值；编号保持不变。</translation>
    </message>
    <message>
        <source>&amp;Applies from year:</source>
        <translation>生效年度(&amp;A)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>The points of {code} must be a number, not “{text}”.</source>
        <translation>{code} 的分值应为数字，而不是“{text}”。</translation>
    </message>
    <message>
        <source>Indicators add up to {total}</source>
        <translation>指标合计 {total} 分</translation>
    </message>
    <message>
        <source>✓ Adds up: {parts} parts, {total} points in all.</source>
        <translation>✓ 分值平衡：共 {parts} 个部分，合计 {total} 分。</translation>
    </message>
    <message>
        <source>New deduction</source>
        <translation>新扣分项</translation>
    </message>
    <message>
        <source>Creating the standard version</source>
        <translation>正在新建评分标准版本</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>生效季度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add deduction</source>
        <translation>添加扣分项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove deduction</source>
        <translation>删除扣分项(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Type part of a name</source>
        <translation>输入名称的一部分</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the survey (Ctrl+S)</source>
        <translation>保存调查（Ctrl+S）</translation>
    </message>
    <message>
        <source>No firm serves this compound in this quarter.</source>
        <translation>本季度没有物业企业服务该小区。</translation>
    </message>
    <message>
        <source>You already surveyed this compound in {quarter}; saving corrects that survey.</source>
        <translation>您已登记过该小区 {quarter} 的调查；保存将更正原记录。</translation>
    </message>
    <message>
        <source>{answered} of {sample}</source>
        <translation>{answered} / {sample} 份</translation>
    </message>
    <message>
        <source>— (more answers than the sample)</source>
        <translation>—（回答数多于样本量）</translation>
    </message>
    <message>
        <source>Choose the compound surveyed (type part of its name).</source>
        <translation>请选择被调查的小区（可输入名称的一部分）。</translation>
    </message>
    <message>
        <source>Saving the survey</source>
        <translation>正在保存调查</translation>
    </message>
    <message>
        <source>Satisfaction Survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Co&amp;mpound:</source>
        <translation>小区(&amp;M)：</translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation>物业企业：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Surveyed &amp;on:</source>
        <translation>调查日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Sample si&amp;ze:</source>
        <translation>样本量（户）(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Very satisfied:</source>
        <translation>非常满意(&amp;V)：</translation>
    </message>
    <message>
        <source>S&amp;atisfied:</source>
        <translation>满意(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Neutral:</source>
        <translation>一般(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Dissatisfied:</source>
        <translation>不满意(&amp;D)：</translation>
    </message>
    <message>
        <source>Very d&amp;issatisfied:</source>
        <translation>非常不满意(&amp;I)：</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>回收问卷：</translation>
    </message>
    <message>
        <source>Response rate:</source>
        <translation>回收率：</translation>
    </message>
    <message>
        <source>Satisfaction rate:</source>
        <translation>满意率：</translation>
    </message>
</context>
<context>
    <name>SurveysDialog</name>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业服务企业</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>考评员</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本量</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>回收率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Record a new survey (Ctrl+N)</source>
        <translation>登记一次新的调查（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open the selected survey (Enter)</source>
        <translation>打开所选调查（回车）</translation>
    </message>
    <message>
        <source>{count} surveys in {quarter}</source>
        <translation>{quarter} 共 {count} 次调查</translation>
    </message>
    <message>
        <source>No survey recorded for {quarter} yet: New Survey records one.</source>
        <translation>{quarter} 尚未登记调查：点“新建调查”登记。</translation>
    </message>
    <message>
        <source>Recorded by inspector {name}: only they can correct it, on their computer.</source>
        <translation>由考评员 {name} 登记：只有其本人可在自己的电脑上更正。</translation>
    </message>
    <message>
        <source>Satisfaction Surveys</source>
        <translation>满意度调查列表</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;New Survey…</source>
        <translation>新建调查(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today&apos;s Work · {quarter}</source>
        <translation>今日工作 · {quarter}</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>物业企业</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Last score</source>
        <translation>上次得分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Draft begun</source>
        <translation>草稿（未提交）</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Compound, street, community or firm</source>
        <translation>小区、街道、社区或企业名称</translation>
    </message>
    <message>
        <source>Open the inspection sheet ({key})</source>
        <translation>打开考评表（{key}）</translation>
    </message>
    <message>
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <source>All firms</source>
        <translation>全部企业</translation>
    </message>
    <message>
        <source>{shown} of {total} compounds to score</source>
        <translation>待考评小区 {shown} / {total}</translation>
    </message>
    <message>
        <source>Cannot start the inspection</source>
        <translation>无法开始考评</translation>
    </message>
    <message>
        <source>Today&apos;s Work</source>
        <translation>今日工作</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>街道(&amp;T)：</translation>
    </message>
    <message>
        <source>Fi&amp;rm:</source>
        <translation>企业(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter or double-click opens the compound&apos;s inspection sheet; a sheet already begun opens where you left it.</source>
        <translation>按 Enter 或双击打开该小区的考评表；已开始的考评表会从上次停下的地方继续。</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>考评(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Mean score by quarter</source>
        <translation>各季度平均得分</translation>
    </message>
    <message>
        <source>{quarter}
{mean:.1f}</source>
        <translation>{quarter}
{mean:.1f}</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均得分</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>e.g. 9YQX-Q0ZP-YMNF, or HEXIE1|…</source>
        <translation>如 9YQX-Q0ZP-YMNF，或 HEXIE1|…</translation>
    </message>
    <message>
        <source>A quarter (2026Q1), a year (2026), quarter/credit code for an interview notice, or credit code@date for a credit file. Not needed for a QR code.</source>
        <translation>季度（如 2026Q1）、年度（如 2026）；约谈通知书写“季度/统一社会信用代码”，信用档案写“统一社会信用代码@日期”。粘贴二维码内容时无需填写。</translation>
    </message>
    <message>
        <source>Type or paste the code first.</source>
        <translation>请先输入或粘贴核验码。</translation>
    </message>
    <message>
        <source>Verify report</source>
        <translation>核验报告</translation>
    </message>
    <message>
        <source>Genuine and current: this {report} ({subject}) matches the database; code {code}.</source>
        <translation>核验通过：该{report}（{subject}）与数据库当前数据一致，核验码 {code}。</translation>
    </message>
    <message>
        <source>Does not match: the printout carries code {printed}, the database now gives {current}. The printout may have been altered, or the data changed since it was printed (for example the quarter was evaluated again).</source>
        <translation>核验不通过：打印件核验码为 {printed}，按数据库当前数据应为 {current}。打印件可能被改动，或打印后数据已变化（如季度重新考评）。</translation>
    </message>
    <message>
        <source>Verify a printed report</source>
        <translation>核验打印的报告</translation>
    </message>
    <message>
        <source>Type the verification code printed at the foot of every page, or paste what the QR code reads. The report is rebuilt from the database and compared with the printout.</source>
        <translation>输入每页页脚印的核验码，或粘贴扫描二维码得到的内容。系统会按数据库重新生成该报告，并与打印件比对。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>核验码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>报告对象(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>核验(&amp;H)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
