<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
