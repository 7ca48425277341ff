<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· redone {count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This firm&apos;s tickets in {quarter}: {total} received; acceptance {acceptance}, resolution {resolution}, on time {on_time}, satisfaction {satisfaction}, redone {redo}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the resident is satisfied, then record the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for not accepting the ticket in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter reso&amp;lved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos&amp;e Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the ticket on to the firm to handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm has started handling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident has been answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return visit and whether the resident is satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident is not satisfied: send it back to handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the firm&apos;s business: close without accepting (give the reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <source>Complaint Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction &amp;Survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished">筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number, compound, firm, category or content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished">物业企业</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation type="unfinished">小区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected ticket ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint tickets yet. Register one with New Ticket (Ctrl+N), or import the bureau&apos;s bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompoundDialog</name>
    <message>
        <source>Service head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal adviser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the district, street or community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firm: type part of a firm&apos;s name or credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing another firm starts a new contract and ends the current one on the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new contract starts; the contract with the current firm ends on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the community from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the firm from the list, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ommunity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by a state-owned &amp;fallback firm (no market firm would)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2+4 &amp;Team</source>
        <translation type="unfinished"></translation>
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
    <name>DeductionsDialog</name>
    <message>
        <source>{code} {name} (max {max})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many times each deduction applies (+ and − change it by one). The score is the maximum less the deductions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeductionsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firms</source>
        <translation type="unfinished">物业企业</translation>
    </message>
</context>
<context>
    <name>FirmDialog</name>
    <message>
        <source>New firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91330106MA27XK5Y1X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last of the 18 characters is a check character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The check character is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State-owned firm</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>GradingScreen</name>
    <message>
        <source>Street</source>
        <translation type="unfinished">街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">社区</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade every community for the year (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the chosen source&apos;s scores for the selected community (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the community grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{communities} communities, {scored} with scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded yet for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded on {time} with policy version {policy} and standard version {standard}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores changed since then: press Grade again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible (first election less than a year before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified: serious incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public criticism (under the minimum score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended upward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious incident this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the grading sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading the communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District on-site check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community Grading</source>
        <translation type="unfinished">社区评定</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished">年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradingSheetDialog</name>
    <message>
        <source>Grading sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{community} · {year} · {source} · community standard version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{filled} of {count} indicators scored; total {points} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score must be a number from 0 to the indicator&apos;s maximum: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the grading sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen (.xlsx, .xlsm or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of list and the file. Nothing is written until you press Import, and Import is possible only when no row has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read; see the message. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows are correct and {bad} rows have errors (listed below by row number). Correct the spreadsheet and choose it again: nothing is imported while any row is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows read, no errors. Import writes them all in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished">统一社会信用代码</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished">物业企业</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State-owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">街道</translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished">社区</translation>
    </message>
    <message>
        <source>Compound</source>
        <translation type="unfinished">小区</translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished">户数</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compounds (with places, firms and contracts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors by row:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionSheet</name>
    <message>
        <source>Inspection Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of this indicator (drop image files on its row):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deductions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
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
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
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
        <translation>文件(&amp;F)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the compound “{name}” and its 2+4 team? Its past inspections are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSummary</name>
    <message>
        <source>By &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &amp;differences</source>
        <translation type="unfinished"></translation>
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
        <source>This part of Hexie Desktop is coming in a later version.</source>
        <translation>此功能将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>e.g. 12345-2026-0000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 漏水渗水</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the ticket (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the compound from the list (type part of its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering ticket {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Complaint Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tent:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of policy version {version} (in force from {start}). Change what the bureau decided; the new version gets the next number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the policy version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies from quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyLabels</name>
    <message>
        <source>Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red and black lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished">投诉工单</translation>
    </message>
    <message>
        <source>Community grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several inspections of a compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compounds weighted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least share of indicators scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists ranked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firms on the red list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firms on the black list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red list: lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black list: highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least compounds inspected to be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for “very satisfied”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for “satisfied”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for “neutral”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for “dissatisfied”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for “very dissatisfied”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow card deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red card deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic yellow card below score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview below score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to rectify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most interviews per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days an entry counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit grades (grade and lowest score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade below all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base points of a firm without a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn after a drop of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when heading below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate a ticket redone this often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard part fed by tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: resolution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: on-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalty per redo rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the part without tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade quotas (grade and share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public criticism below score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years after the first election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: district on-site check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: third-party monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: street cross-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades recommended upward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished">户数</translation>
    </message>
    <message>
        <source>Equally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale up to the indicators scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the sheet out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyScreen</name>
    <message>
        <source>Policy and Standards</source>
        <translation type="unfinished">政策与标准</translation>
    </message>
    <message>
        <source>The version in force is the newest one whose start is not later than the period evaluated. A new version is an edited copy of the selected one and travels in the next master bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-quality standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community grading standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edited copy of the selected version (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy or standard yet: they arrive with demo data or a master bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} version {version}, applies from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the reason first.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection &amp;sheets of the compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsLabels</name>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trending below 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version in force recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version, replaced by a later edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competing version that lost the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for a clerk&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held record accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held record rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects an earlier revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Quarterly Results</source>
        <translation type="unfinished">季度结果</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished">季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drill down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red and black lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firms whose score fell sharply since last quarter, or whose trend would take them below the floor next quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>New standard version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “{name}” version {version} (in force from {start}). Double-click or press F2 to change a name or points; codes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applies from year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points of {code} must be a number, not “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators add up to {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Adds up: {parts} parts, {total} points in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the standard version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove deduction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Type part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the survey (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firm serves this compound in this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already surveyed this compound in {quarter}; saving corrects that survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the compound surveyed (type part of its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished">季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>Surveyed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Very satisfied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;atisfied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neutral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dissatisfied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very d&amp;issatisfied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate:</source>
        <translation type="unfinished"></translation>
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
    <name>TrendChart</name>
    <message>
        <source>Mean score by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
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
