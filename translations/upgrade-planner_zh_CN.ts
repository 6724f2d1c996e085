<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddComponentCommand</name>
    <message>
        <source>Add component %1</source>
        <translation>添加组件 %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits and . _ : -</source>
        <translation>“%1”不是有效的 ID：只能使用字母、数字和 . _ : -</translation>
    </message>
    <message>
        <source>The id “%1” is already in use.</source>
        <translation>ID“%1”已被使用。</translation>
    </message>
</context>
<context>
    <name>AddDependencyCommand</name>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation>添加依赖关系 %1 → %2</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>has blanks at its start or end</source>
        <translation>开头或结尾有空白</translation>
    </message>
    <message>
        <source>holds a control character (a line break?)</source>
        <translation>包含控制字符（换行符？）</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：%1，位于第 %2 字节</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>not canonical JSON (changed after it was signed?)</source>
        <translation>不是规范 JSON（签名后被修改过？）</translation>
    </message>
    <message>
        <source>not &quot;%1&quot;</source>
        <translation>不是“%1”</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>不是 %1</translation>
    </message>
    <message>
        <source>missing, or not a string</source>
        <translation>缺失，或不是字符串</translation>
    </message>
    <message>
        <source>not 64 lower-case hex digits</source>
        <translation>不是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>not a UTC time like 2027-01-08T14:03:00Z</source>
        <translation>不是形如 2027-01-08T14:03:00Z 的 UTC 时间</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>signing needs a private key</source>
        <translation>签名需要私钥</translation>
    </message>
    <message>
        <source>no valid signing time</source>
        <translation>没有有效的签名时间</translation>
    </message>
    <message>
        <source>not canonical JSON: only a plan as the plan command wrote it can be signed (was it edited or reformatted?)</source>
        <translation>不是规范 JSON：只有 plan 命令原样写出的计划才能签名（是否被编辑或重新格式化过？）</translation>
    </message>
    <message>
        <source>the new signature does not verify; nothing was written</source>
        <translation>新签名无法通过验证；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot create the folder (is %1 writable?)</source>
        <translation>无法创建文件夹（%1 是否可写？）</translation>
    </message>
    <message>
        <source>exists already: the same approval was given before</source>
        <translation>已存在：之前已给出过相同的批准</translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>&apos;%1&apos; is not a valid id: use only letters, digits and . _ : -</source>
        <translation>“%1”不是有效的标识：只能使用字母、数字和 . _ : -</translation>
    </message>
    <message>
        <source>the window needs an id</source>
        <translation>窗口需要标识</translation>
    </message>
    <message>
        <source>the window needs a start</source>
        <translation>窗口需要开始时间</translation>
    </message>
    <message>
        <source>the window needs an end</source>
        <translation>窗口需要结束时间</translation>
    </message>
    <message>
        <source>the window ends (%1) before it starts (%2)</source>
        <translation>窗口的结束时间（%1）早于开始时间（%2）</translation>
    </message>
    <message>
        <source>the window ends when it starts (%1)</source>
        <translation>窗口的结束时间等于开始时间（%1）</translation>
    </message>
    <message>
        <source>weekly repeats must be from 1 to %1, not %2</source>
        <translation>每周重复次数必须在 1 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>parallel steps must be from 1 to %1, not %2</source>
        <translation>并行步骤数必须在 1 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>the first day is missing</source>
        <translation>缺少第一天</translation>
    </message>
    <message>
        <source>the last day is missing</source>
        <translation>缺少最后一天</translation>
    </message>
    <message>
        <source>the last day (%1) lies before the first (%2)</source>
        <translation>最后一天（%1）早于第一天（%2）</translation>
    </message>
    <message>
        <source>the peak needs at least one day of the week</source>
        <translation>高峰期至少需要一个星期几</translation>
    </message>
    <message>
        <source>%1 is not a set of week days</source>
        <translation>%1 不是一组星期几</translation>
    </message>
    <message>
        <source>the peak needs a start time</source>
        <translation>高峰期需要开始时间</translation>
    </message>
    <message>
        <source>the peak needs an end time</source>
        <translation>高峰期需要结束时间</translation>
    </message>
    <message>
        <source>the peak ends when it starts (%1)</source>
        <translation>高峰期的结束时间等于开始时间（%1）</translation>
    </message>
    <message>
        <source>the process needs an id</source>
        <translation>流程需要标识</translation>
    </message>
    <message>
        <source>an empty component id</source>
        <translation>组件标识为空</translation>
    </message>
    <message>
        <source>unknown process category &apos;%1&apos; (known: %2)</source>
        <translation>未知的流程类别“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>an empty user group</source>
        <translation>用户组为空</translation>
    </message>
    <message>
        <source>the longest outage cannot be negative (%1 minutes)</source>
        <translation>最长停机时间不能为负（%1 分钟）</translation>
    </message>
    <message>
        <source>the person needs a name</source>
        <translation>人员需要姓名</translation>
    </message>
    <message>
        <source>an empty role</source>
        <translation>角色为空</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2)</source>
        <translation>重复的标识“%1”（首次用于 %2）</translation>
    </message>
</context>
<context>
    <name>CanonicalJson</name>
    <message>
        <source>%1 is not an integer between -(2^53 - 1) and 2^53 - 1: signed documents hold no floating-point numbers</source>
        <translation>%1 不是介于 -(2^53 - 1) 和 2^53 - 1 之间的整数：已签名的文档不包含浮点数</translation>
    </message>
</context>
<context>
    <name>ComboChoices</name>
    <message>
        <source>(no site)</source>
        <translation>（无站点）</translation>
    </message>
    <message>
        <source>%1 (unknown site)</source>
        <translation>%1（未知站点）</translation>
    </message>
</context>
<context>
    <name>ConcurrentMerge</name>
    <message>
        <source>left it as it was</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>removed it</source>
        <translation>删除了它</translation>
    </message>
    <message>
        <source>added it as %1</source>
        <translation>将其添加为 %1</translation>
    </message>
    <message>
        <source>changed it from %1 to %2</source>
        <translation>将其从 %1 改为 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>更改了 %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>组件 %1</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>依赖 %1</translation>
    </message>
    <message>
        <source>the project&apos;s %1</source>
        <translation>项目的 %1</translation>
    </message>
    <message>
        <source>%1 (removed on one side, still used by a dependency on the other)</source>
        <translation>%1（一方已删除，另一方仍有依赖在使用）</translation>
    </message>
    <message>
        <source>%1: you %2; they %3</source>
        <translation>%1：您%2；对方%3</translation>
    </message>
    <message>
        <source>the two sets of changes cannot be combined into one project: %1</source>
        <translation>两组更改无法合并为一个项目：%1</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>current state</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>target state</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>intermediate state</source>
        <translation>中间状态</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>EditComponentCommand</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>关键程度</translation>
    </message>
    <message>
        <source>prepare minutes</source>
        <translation>准备分钟数</translation>
    </message>
    <message>
        <source>backup minutes</source>
        <translation>备份分钟数</translation>
    </message>
    <message>
        <source>execute minutes</source>
        <translation>执行分钟数</translation>
    </message>
    <message>
        <source>verify minutes</source>
        <translation>验证分钟数</translation>
    </message>
    <message>
        <source>rollback minutes</source>
        <translation>回滚分钟数</translation>
    </message>
    <message>
        <source>reversibility</source>
        <translation>可逆性</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>There is no component “%1”.</source>
        <translation>不存在组件“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: use letters, digits and . _ : -</source>
        <translation>“%1”不是有效的 ID：只能使用字母、数字和 . _ : -</translation>
    </message>
    <message>
        <source>The id “%1” is already in use.</source>
        <translation>ID“%1”已被使用。</translation>
    </message>
    <message>
        <source>The version must not be empty.</source>
        <translation>版本不能为空。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的%1</translation>
    </message>
</context>
<context>
    <name>EditDependencyCommand</name>
    <message>
        <source>Edit dependency %1 → %2</source>
        <translation>编辑依赖关系 %1 → %2</translation>
    </message>
</context>
<context>
    <name>EstateFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty: neither an Upgrade Planner project nor an estate JSON file</source>
        <translation>文件为空：既不是 Upgrade Planner 项目，也不是 IT 资产 JSON 文件</translation>
    </message>
    <message>
        <source>neither an Upgrade Planner project nor an estate JSON file, nor a file in a format it imports (%1)</source>
        <translation>既不是 Upgrade Planner 项目，也不是 IT 资产 JSON 文件，也不是可导入格式（%1）的文件</translation>
    </message>
    <message>
        <source>the format &apos;%1&apos; can be written, not read</source>
        <translation>格式“%1”只能写入，不能读取</translation>
    </message>
</context>
<context>
    <name>EstateJson</name>
    <message>
        <source>duplicate id &apos;%1&apos; (first used at %2)</source>
        <translation>重复的 ID“%1”（首次使用于 %2）</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;, found &apos;%2&apos;: not an estate file</source>
        <translation>应为“%1”，实际为“%2”：不是 IT 资产文件</translation>
    </message>
    <message>
        <source>unsupported format version %1 (this program reads version %2)</source>
        <translation>不支持的格式版本 %1（本程序读取版本 %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2; kept as written</source>
        <translation>“%1”不是 %2 之一；按原样保留</translation>
    </message>
    <message>
        <source>backup point</source>
        <translation>备份点</translation>
    </message>
    <message>
        <source>empty product name</source>
        <translation>产品名称为空</translation>
    </message>
    <message>
        <source>appears twice in the same object</source>
        <translation>在同一对象中出现两次</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>configuration kind</source>
        <translation>配置类型</translation>
    </message>
    <message>
        <source>time of sending</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>the phase ends (%1) before it starts (%2)</source>
        <translation>阶段的结束时间（%1）早于开始时间（%2）</translation>
    </message>
    <message>
        <source>rollback status</source>
        <translation>回滚状态</translation>
    </message>
    <message>
        <source>a second estimate for &apos;%1&apos; (first at %2)</source>
        <translation>“%1”的第二个估算（第一个位于 %2）</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (known: %3)</source>
        <translation>未知的%1“%2”（已知：%3）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>未知字段，已忽略</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use only letters, digits and . _ : -</source>
        <translation>“%1”不是有效的 ID：只能使用字母、数字和 . _ : -</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 为负数</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 小于 %2</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2)</source>
        <translation>%1 太大（最多 %2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a local time of the form YYYY-MM-DDTHH:MM</source>
        <translation>“%1”不是 YYYY-MM-DDTHH:MM 格式的本地时间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day of the form HH:MM</source>
        <translation>“%1”不是 HH:MM 格式的时刻</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of week days such as Mon-Fri or Sat,Sun</source>
        <translation>“%1”不是星期列表，例如 Mon-Fri 或 Sat,Sun</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (known: %2)</source>
        <translation>未知类型“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>unknown criticality &apos;%1&apos; (known: %2)</source>
        <translation>未知关键程度“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>文档为空</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the document</source>
        <translation>文档结束后出现意外的%1</translation>
    </message>
    <message>
        <source>unexpected %1 where a value should start</source>
        <translation>应开始一个值的位置出现意外的%1</translation>
    </message>
    <message>
        <source>a number needs digits</source>
        <translation>数字需要数位</translation>
    </message>
    <message>
        <source>a number needs digits after its decimal point</source>
        <translation>数字的小数点后需要数位</translation>
    </message>
    <message>
        <source>a number needs digits in its exponent</source>
        <translation>数字的指数部分需要数位</translation>
    </message>
    <message>
        <source>a string may not contain %1; write it as an escape such as \n</source>
        <translation>字符串中不能包含%1；请写成转义序列，例如 \n</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u 后面必须跟四个十六进制数字</translation>
    </message>
    <message>
        <source>unknown escape \%1 in a string</source>
        <translation>字符串中有未知的转义序列 \%1</translation>
    </message>
    <message>
        <source>the string that starts here never ends</source>
        <translation>从此处开始的字符串没有结束</translation>
    </message>
    <message>
        <source>arrays and objects are nested too deeply</source>
        <translation>数组和对象嵌套过深</translation>
    </message>
    <message>
        <source>the array ends too early</source>
        <translation>数组过早结束</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, found %1</source>
        <translation>数组中应为“,”或“]”，实际为%1</translation>
    </message>
    <message>
        <source>the object ends too early</source>
        <translation>对象过早结束</translation>
    </message>
    <message>
        <source>expected a member name in quotes, found %1</source>
        <translation>应为带引号的成员名称，实际为%1</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>成员名称后应为“:”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found %1</source>
        <translation>对象中应为“,”或“}”，实际为%1</translation>
    </message>
    <message>
        <source>the document is larger than 4 GB</source>
        <translation>文档大于 4 GB</translation>
    </message>
    <message>
        <source>line %1, column %2 (offset %3)</source>
        <translation>第 %1 行，第 %2 列（偏移量 %3）</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
</context>
<context>
    <name>GraphEditor</name>
    <message>
        <source>This graph cannot be edited.</source>
        <translation>此图无法编辑。</translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot;.</source>
        <translation>不存在组件“%1”。</translation>
    </message>
    <message>
        <source>A component cannot depend on itself.</source>
        <translation>组件不能依赖自身。</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 已依赖 %2。</translation>
    </message>
    <message>
        <source>new dependency</source>
        <translation>新依赖关系</translation>
    </message>
    <message>
        <source>version range &quot;%1&quot;</source>
        <translation>版本范围“%1”</translation>
    </message>
    <message>
        <source>version range</source>
        <translation>版本范围</translation>
    </message>
    <message>
        <source>There is no such dependency.</source>
        <translation>不存在这样的依赖关系。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s) from the graph</source>
        <translation>
            <numerusform>从图中删除 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no component &quot;%1&quot; to rename.</source>
        <translation>不存在要重命名的组件“%1”。</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>Dependency graph</source>
        <translation>依赖关系图</translation>
    </message>
    <message>
        <source>Dependency graph (the part shown)</source>
        <translation>依赖关系图（显示的部分）</translation>
    </message>
    <message>
        <source>: 1 component</source>
        <translation>：1 个组件</translation>
    </message>
    <message>
        <source>: %1 components</source>
        <translation>：%1 个组件</translation>
    </message>
    <message>
        <source>, 1 with an open error</source>
        <translation>，1 个存在未解决的错误</translation>
    </message>
    <message>
        <source>, %1 with an open error</source>
        <translation>，%1 个存在未解决的错误</translation>
    </message>
    <message>
        <source>Dependency graph drawn by Upgrade Planner</source>
        <translation>由 Upgrade Planner 绘制的依赖关系图</translation>
    </message>
    <message>
        <source>SVG export</source>
        <translation>SVG 导出</translation>
    </message>
    <message>
        <source>cannot write to the output</source>
        <translation>无法写入输出</translation>
    </message>
    <message>
        <source>PNG export</source>
        <translation>PNG 导出</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>内存不足，无法创建 %1 x %2 的图像</translation>
    </message>
    <message>
        <source>graph export</source>
        <translation>图导出</translation>
    </message>
    <message>
        <source>drawing the graph needs a QApplication (use the offscreen platform without a display)</source>
        <translation>绘制图需要 QApplication（在没有显示器时使用 offscreen 平台）</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>open error</source>
        <translation>未解决的错误</translation>
    </message>
    <message>
        <source>high or critical</source>
        <translation>高或关键</translation>
    </message>
    <message>
        <source>upgrade path</source>
        <translation>升级路径</translation>
    </message>
    <message>
        <source>same waves</source>
        <translation>相同批次</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>(click for the kinds)</source>
        <translation>（点击查看类型）</translation>
    </message>
    <message>
        <source>red: an error not waived (see Conflicts)</source>
        <translation>红色：未豁免的错误（参见“冲突”）</translation>
    </message>
    <message>
        <source>thick border: high or critical</source>
        <translation>粗边框：高或关键</translation>
    </message>
    <message>
        <source>orange: upgrade path, moves numbered</source>
        <translation>橙色：升级路径，变动按顺序编号</translation>
    </message>
    <message>
        <source>blue: moves in the selection&apos;s waves</source>
        <translation>蓝色：在所选项的批次中的变动</translation>
    </message>
    <message>
        <source>arrow: to what it depends on</source>
        <translation>箭头：指向所依赖的对象</translation>
    </message>
    <message>
        <source>dashed: dependency in a cycle</source>
        <translation>虚线：处于循环中的依赖关系</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>the file is %1 bytes, more than the %2 bytes (%3) Upgrade Planner reads (docs/limits.md)</source>
        <translation>文件大小为 %1 字节，超过 Upgrade Planner 可读取的 %2 字节（%3）（docs/limits.md）</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, a socket or a device): Upgrade Planner reads only files</source>
        <translation>不是普通文件（管道、套接字或设备）：Upgrade Planner 只读取文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>%1 components, more than the %2 an estate may hold (docs/limits.md)</source>
        <translation>%1 个组件，超过资产可容纳的 %2 个（docs/limits.md）</translation>
    </message>
    <message>
        <source>%1 dependencies, more than the %2 an estate may hold (docs/limits.md)</source>
        <translation>%1 个依赖，超过资产可容纳的 %2 个（docs/limits.md）</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Middleware</source>
        <translation>中间件</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>集成</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
</context>
<context>
    <name>LayeredLayout</name>
    <message>
        <source>dependencies[%1]: unknown component &quot;%2&quot;, not drawn</source>
        <translation>dependencies[%1]：未知组件“%2”，未绘制</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>无站点</translation>
    </message>
    <message>
        <source>edges[%1]: node %2 does not exist, edge skipped</source>
        <translation>edges[%1]：节点 %2 不存在，已跳过该边</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>lifecycle data</source>
        <translation>生命周期数据</translation>
    </message>
    <message>
        <source>a product without an id</source>
        <translation>没有 ID 的产品</translation>
    </message>
    <message>
        <source>cycle &apos;%1&apos; is not a version</source>
        <translation>周期“%1”不是版本</translation>
    </message>
    <message>
        <source>a date that is neither YYYY-MM-DD nor true/false</source>
        <translation>日期既不是 YYYY-MM-DD 也不是 true/false</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <source>Unpin %1</source>
        <translation>取消固定 %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n components</source>
        <translation>
            <numerusform>取消固定 %n 个组件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n components</source>
        <translation>
            <numerusform>移动 %n 个组件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrunSimulation</name>
    <message>
        <source>a spread needs 0 &lt; LOW &lt;= MODE &lt;= HIGH &lt;= 100, not %1,%2,%3</source>
        <translation>分布范围须满足 0 &lt; LOW &lt;= MODE &lt;= HIGH &lt;= 100，而不是 %1,%2,%3</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>empty passphrase (the first line of the file is the passphrase)</source>
        <translation>口令为空（文件的第一行即为口令）</translation>
    </message>
    <message>
        <source>set but empty</source>
        <translation>已设置但为空</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase</source>
        <translation>没有可用于询问口令的终端</translation>
    </message>
    <message>
        <source>no passphrase given (end of input)</source>
        <translation>未提供口令（输入已结束）</translation>
    </message>
    <message>
        <source>empty passphrase</source>
        <translation>口令为空</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>The project&apos;s %1 changed from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>项目的%1已从“%2”更改为“%3”。</translation>
    </message>
    <message>
        <source>%1 no longer moves (was %2).</source>
        <translation>%1 不再变动（原为 %2）。</translation>
    </message>
    <message>
        <source>%1 now goes %2 (was %3).</source>
        <translation>%1 现在的路径为 %2（原为 %3）。</translation>
    </message>
    <message>
        <source>%1 now moves: %2.</source>
        <translation>%1 现在有变动：%2。</translation>
    </message>
    <message>
        <source>Step %1 was removed (it was %2).</source>
        <translation>已删除步骤 %1（原为 %2）。</translation>
    </message>
    <message>
        <source>Step %1 moved from %2 to %3.</source>
        <translation>步骤 %1 已从 %2 移至 %3。</translation>
    </message>
    <message>
        <source>%1 min, rollback %2 min</source>
        <translation>%1 分钟，回滚 %2 分钟</translation>
    </message>
    <message>
        <source>Step %1 now takes %2 (was %3).</source>
        <translation>步骤 %1 现在需要 %2（原为 %3）。</translation>
    </message>
    <message>
        <source>Step %1 was added (%2).</source>
        <translation>已添加步骤 %1（%2）。</translation>
    </message>
    <message>
        <source>The plan now finishes at %1 (was %2).</source>
        <translation>计划现在于 %1 完成（原为 %2）。</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>无时间</translation>
    </message>
    <message>
        <source>Downtime of process %1 is now %2 min (was %3 min).</source>
        <translation>流程 %1 的停机时间现在为 %2 分钟（原为 %3 分钟）。</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>冲突已解决：%1</translation>
    </message>
    <message>
        <source>New %1: %2</source>
        <translation>新%1：%2</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>Waiver withdrawn for %1.</source>
        <translation>已撤销 %1 的豁免。</translation>
    </message>
    <message>
        <source>Waiver for %1 now reads &quot;%2&quot; (was &quot;%3&quot;).</source>
        <translation>%1 的豁免现在为“%2”（原为“%3”）。</translation>
    </message>
    <message>
        <source>New waiver for %1: %2</source>
        <translation>%1 的新豁免：%2</translation>
    </message>
    <message>
        <source>not JSON at line %1 (byte %2): %3</source>
        <translation>第 %1 行（第 %2 字节）不是 JSON：%3</translation>
    </message>
    <message>
        <source>not an Upgrade Planner plan (its &quot;format&quot; is not &quot;upgrade-planner-plan&quot;)</source>
        <translation>不是 Upgrade Planner 计划（其“format”不是“upgrade-planner-plan”）</translation>
    </message>
    <message>
        <source>plan format version %1 is not supported (this program reads 1)</source>
        <translation>不支持计划格式版本 %1（本程序读取版本 1）</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Is every compatibility error resolved or waived?</source>
        <translation>是否所有兼容性错误均已解决或豁免？</translation>
    </message>
    <message>
        <source>No open error in the current, target or intermediate states (%1 waived).</source>
        <translation>当前、目标或中间状态中没有未解决的错误（已豁免 %1 个）。</translation>
    </message>
    <message>
        <source>%1 without a waiver.</source>
        <translation>%1未获豁免。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>个错误</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>个错误</translation>
    </message>
    <message>
        <source>Can every component reach its target?</source>
        <translation>是否每个组件都能达到其目标？</translation>
    </message>
    <message>
        <source>Every upgrade has a path.</source>
        <translation>每个升级都有路径。</translation>
    </message>
    <message>
        <source>%1 blocked.</source>
        <translation>%1受阻。</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>个升级</translation>
    </message>
    <message>
        <source>upgrades</source>
        <translation>个升级</translation>
    </message>
    <message>
        <source>Does every step fit a maintenance window?</source>
        <translation>是否每个步骤都能放入维护窗口？</translation>
    </message>
    <message>
        <source>All %1 scheduled.</source>
        <translation>所有 %1均已排期。</translation>
    </message>
    <message>
        <source>step is</source>
        <translation>个步骤</translation>
    </message>
    <message>
        <source>steps are</source>
        <translation>个步骤</translation>
    </message>
    <message>
        <source>%1 not scheduled.</source>
        <translation>%1未排期。</translation>
    </message>
    <message>
        <source>Has every irreversible step a backup whose restore was tested?</source>
        <translation>每个不可逆步骤是否都有已通过恢复测试的备份？</translation>
    </message>
    <message>
        <source>Yes, or the steps are reversible.</source>
        <translation>是，或这些步骤均可逆。</translation>
    </message>
    <message>
        <source>No recent tested restore for: %1.</source>
        <translation>以下对象没有近期通过测试的恢复：%1。</translation>
    </message>
    <message>
        <source>Do the waivers hold until the plan is done?</source>
        <translation>豁免在计划完成之前是否一直有效？</translation>
    </message>
    <message>
        <source>No waiver expires before the last step.</source>
        <translation>没有豁免会在最后一个步骤之前到期。</translation>
    </message>
    <message>
        <source>Expiring before the end: %1.</source>
        <translation>在结束前到期：%1。</translation>
    </message>
    <message>
        <source>Are the records of the controlled change complete?</source>
        <translation>受控变更的记录是否完整？</translation>
    </message>
    <message>
        <source>Yes: backups, rollback plans, acceptance checks, messages and monitoring are in place for every step.</source>
        <translation>是：每个步骤均已具备备份、回滚计划、验收检查、通知消息和监控。</translation>
    </message>
    <message>
        <source>%1 missing: %2%3</source>
        <translation>缺少 %1：%2%3</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Are the requested orderings (pins) honoured?</source>
        <translation>是否遵守了所要求的顺序（固定顺序）？</translation>
    </message>
    <message>
        <source>Yes.</source>
        <translation>是。</translation>
    </message>
    <message>
        <source>%1 cannot hold.</source>
        <translation>%1无法满足。</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>个固定顺序</translation>
    </message>
    <message>
        <source>pins</source>
        <translation>个固定顺序</translation>
    </message>
    <message>
        <source>If every step in window %1 rolled back, the work would end %2 after the window closes (%3).</source>
        <translation>如果窗口 %1 中的每个步骤都回滚，工作将在窗口关闭后 %2 结束（%3）。</translation>
    </message>
    <message>
        <source>%1 passes through %2, a release whose support has ended.</source>
        <translation>%1 会经过 %2，该发布版本已停止支持。</translation>
    </message>
    <message>
        <source>Approve the upgrade of %1 in %2</source>
        <translation>批准在 %2 中升级 %1</translation>
    </message>
    <message>
        <source>component</source>
        <translation>个组件</translation>
    </message>
    <message>
        <source>components</source>
        <translation>个组件</translation>
    </message>
    <message>
        <source>step</source>
        <translation>个步骤</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>个步骤</translation>
    </message>
    <message>
        <source> over %1, from %2 to %3</source>
        <translation>，历经 %1，从 %2 到 %3</translation>
    </message>
    <message>
        <source>maintenance window</source>
        <translation>个维护窗口</translation>
    </message>
    <message>
        <source>maintenance windows</source>
        <translation>个维护窗口</translation>
    </message>
    <message>
        <source>; no step is scheduled yet</source>
        <translation>；尚未排期任何步骤</translation>
    </message>
    <message>
        <source>; %1 not scheduled and not in these dates</source>
        <translation>；%1未排期，且不在这些日期内</translation>
    </message>
    <message>
        <source>revision %1, saved %2 by %3</source>
        <translation>修订 %1，由 %3 于 %2 保存</translation>
    </message>
    <message>
        <source>%1, with changes made since and not saved</source>
        <translation>%1，另有此后未保存的更改</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>exists and is not a folder</source>
        <translation>已存在且不是文件夹</translation>
    </message>
    <message>
        <source>the folder is not writable</source>
        <translation>文件夹不可写</translation>
    </message>
    <message>
        <source>Reading the previous plan</source>
        <translation>正在读取先前的计划</translation>
    </message>
    <message>
        <source>Checking, ordering and scheduling</source>
        <translation>正在检查、排序和排期</translation>
    </message>
    <message>
        <source>holds a different plan already (its plan.json has SHA-256 %1, this plan %2); its approvals belong to that plan. Export to a new folder.</source>
        <translation>已包含另一个计划（其 plan.json 的 SHA-256 为 %1，本计划为 %2）；其中的批准属于该计划。请导出到新文件夹。</translation>
    </message>
    <message>
        <source>Drawing the PDF</source>
        <translation>正在绘制 PDF</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>正在写入文件</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>cannot write to the output</source>
        <translation>无法写入输出</translation>
    </message>
    <message>
        <source>cannot finish the document</source>
        <translation>无法完成文档</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n wave(s)</source>
        <translation>
            <numerusform>，分 %n 个批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group(s) moving together</source>
        <translation>
            <numerusform>，%n 组一起变动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n upgrade(s) blocked</source>
        <translation>
            <numerusform>，%n 个升级受阻</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source> [group %1]</source>
        <translation> [组 %1]</translation>
    </message>
    <message>
        <source>Groups (each moves in one window)</source>
        <translation>组（每组在一个窗口内变动）</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Pins that cannot hold</source>
        <translation>无法满足的固定顺序</translation>
    </message>
</context>
<context>
    <name>PlanVerification</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>too big for an approval file</source>
        <translation>对批准文件而言太大</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file name does not match the record (renamed or changed?)</source>
        <translation>文件名与记录不符（被重命名或更改过？）</translation>
    </message>
    <message>
        <source>not the canonical PEM of its key (changed?)</source>
        <translation>不是其密钥的规范 PEM（被更改过？）</translation>
    </message>
    <message>
        <source>key fingerprint %1 is not the record&apos;s keyFingerprint %2</source>
        <translation>密钥指纹 %1 与记录中的 keyFingerprint %2 不符</translation>
    </message>
    <message>
        <source>%1 bytes; an Ed25519 signature has 64</source>
        <translation>%1 字节；Ed25519 签名应为 64 字节</translation>
    </message>
    <message>
        <source>the signature does not match %1</source>
        <translation>签名与 %1 不匹配</translation>
    </message>
    <message>
        <source>signed another version of the plan (planSha256 %1, plan.json has %2): the plan changed after it was signed</source>
        <translation>签署的是计划的另一个版本（planSha256 为 %1，plan.json 为 %2）：计划在签名后已更改</translation>
    </message>
    <message>
        <source>does not parse as a JSON object: %1 at byte %2</source>
        <translation>无法解析为 JSON 对象：%1，位于第 %2 字节</translation>
    </message>
    <message>
        <source>not canonical JSON (edited or reformatted?)</source>
        <translation>不是规范 JSON（被编辑或重新格式化过？）</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1：不是文件夹</translation>
    </message>
    <message>
        <source>%1%2: not part of an approval (stray file)</source>
        <translation>%1%2：不属于任何批准（多余的文件）</translation>
    </message>
    <message>
        <source>%1%2%3: its approval record %2%4 is missing (incomplete approval)</source>
        <translation>%1%2%3：缺少其批准记录 %2%4（批准不完整）</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is required and has no valid, trusted approval</source>
        <translation>角色“%1”是必需的，但没有有效且受信任的批准</translation>
    </message>
    <message>
        <source>quorum not met: %1 distinct approvers required, %2 approved</source>
        <translation>未达到法定人数：需要 %1 位不同的批准人，已批准 %2 位</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>the file cannot be opened for reading</source>
        <translation>无法打开文件进行读取</translation>
    </message>
    <message>
        <source>the file is empty, not an Upgrade Planner project</source>
        <translation>文件为空，不是 Upgrade Planner 项目</translation>
    </message>
    <message>
        <source>not an Upgrade Planner project (the file is not an SQLite database)</source>
        <translation>不是 Upgrade Planner 项目（文件不是 SQLite 数据库）</translation>
    </message>
    <message>
        <source>an SQLite database of another program, not an Upgrade Planner project</source>
        <translation>是其他程序的 SQLite 数据库，不是 Upgrade Planner 项目</translation>
    </message>
    <message>
        <source>the project is damaged: it has no schema version</source>
        <translation>项目已损坏：没有架构版本</translation>
    </message>
    <message>
        <source>made by a newer version of Upgrade Planner (project schema %1, this version reads schema %2 and older)</source>
        <translation>由较新版本的 Upgrade Planner 创建（项目架构 %1，此版本可读取架构 %2 及更早版本）</translation>
    </message>
    <message>
        <source>the project file is truncated or damaged: its header promises %1 bytes, the file has %2</source>
        <translation>项目文件被截断或已损坏：文件头声明为 %1 字节，而文件只有 %2 字节</translation>
    </message>
    <message>
        <source>cannot recover from an interrupted save: %1</source>
        <translation>无法从中断的保存中恢复：%1</translation>
    </message>
    <message>
        <source>the project is damaged: %1</source>
        <translation>项目已损坏：%1</translation>
    </message>
    <message>
        <source>the project is damaged: table %1 is missing</source>
        <translation>项目已损坏：缺少表 %1</translation>
    </message>
    <message>
        <source>cannot back up the project before upgrading it: %1 and 98 numbered copies already exist</source>
        <translation>升级项目前无法备份：%1 及 98 个编号副本已存在</translation>
    </message>
    <message>
        <source>cannot back up the project to %1 before upgrading it: %2</source>
        <translation>升级项目前无法将其备份到 %1：%2</translation>
    </message>
    <message>
        <source>cannot upgrade the project from schema %1: %2</source>
        <translation>无法从架构 %1 升级项目：%2</translation>
    </message>
    <message>
        <source>cannot open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <source>%1; the file was not overwritten</source>
        <translation>%1；未覆盖该文件</translation>
    </message>
    <message>
        <source>cannot open the project for writing: %1</source>
        <translation>无法打开项目进行写入：%1</translation>
    </message>
    <message>
        <source>cannot start saving: %1</source>
        <translation>无法开始保存：%1</translation>
    </message>
    <message>
        <source>cannot finish saving: %1</source>
        <translation>无法完成保存：%1</translation>
    </message>
    <message>
        <source>table components: the id &quot;%1&quot; is used twice</source>
        <translation>表 components：ID“%1”被使用了两次</translation>
    </message>
    <message>
        <source>%1 is not a set of week days</source>
        <translation>%1 不是一组星期</translation>
    </message>
    <message>
        <source>table %1, row %2, column %3: %4</source>
        <translation>表 %1，第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>names a row that does not exist</source>
        <translation>指向不存在的行</translation>
    </message>
    <message>
        <source>is not a phase</source>
        <translation>不是阶段</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>架构步骤 %1 失败：%2</translation>
    </message>
    <message>
        <source>save interrupted</source>
        <translation>保存已中断</translation>
    </message>
    <message>
        <source>cannot write table %1: %2</source>
        <translation>无法写入表 %1：%2</translation>
    </message>
    <message>
        <source>the project is damaged: table %1 cannot be read (%2)</source>
        <translation>项目已损坏：无法读取表 %1（%2）</translation>
    </message>
    <message>
        <source>cannot read table %1: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>is not a row number</source>
        <translation>不是行号</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is not a version: %1</source>
        <translation>不是版本：%1</translation>
    </message>
    <message>
        <source>is not a version range: %1</source>
        <translation>不是版本范围：%1</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>不是日期和时间</translation>
    </message>
    <message>
        <source>is not a time of day</source>
        <translation>不是时刻</translation>
    </message>
    <message>
        <source>is not a component kind</source>
        <translation>不是组件类型</translation>
    </message>
    <message>
        <source>is not a criticality</source>
        <translation>不是关键程度</translation>
    </message>
    <message>
        <source>must be from 1 to %1 days</source>
        <translation>必须在 1 到 %1 天之间</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 (the disk is full, or failing)</source>
        <translation>%1（磁盘已满或出现故障）</translation>
    </message>
    <message>
        <source>%1 (the file or its folder cannot be written here: read-only, or no permission)</source>
        <translation>%1（此处无法写入该文件或其文件夹：只读或没有权限）</translation>
    </message>
    <message>
        <source>%1; the project keeps its previous content</source>
        <translation>%1；项目保留其先前的内容</translation>
    </message>
    <message>
        <source>the project is open in %1; close it there first, or save to another file</source>
        <translation>项目已在 %1 中打开；请先在那里关闭，或保存到另一个文件</translation>
    </message>
    <message>
        <source>scenario %1: %2: %3</source>
        <translation>场景 %1：%2：%3</translation>
    </message>
    <message>
        <source>scenario %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1 saved the project meanwhile and changed what this command changed; nothing was written. Run it again on the project as it is now:
%2</source>
        <translation>%1 在此期间保存了项目，并更改了本命令所更改的内容；未写入任何内容。请在项目的当前状态上重新运行：
%2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>ProjectHistory</name>
    <message>
        <source>cannot record the history: %1</source>
        <translation>无法记录历史：%1</translation>
    </message>
    <message>
        <source>cannot read the history: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <source>table history, row %1, column action: &quot;%2&quot;</source>
        <translation>表 history，第 %1 行，列 action：“%2”</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>not an Upgrade Planner project: only projects have a history</source>
        <translation>不是 Upgrade Planner 项目：只有项目才有历史</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>A short unique name, letters, digits, . _ : -</source>
        <translation>简短且唯一的名称，可使用字母、数字及 . _ : -</translation>
    </message>
    <message>
        <source>Id: “%1” is not a valid id (letters, digits and . _ : - only).</source>
        <translation>ID：“%1”不是有效的 ID（只能使用字母、数字和 . _ : -）。</translation>
    </message>
    <message>
        <source>Id: “%1” is taken already.</source>
        <translation>ID：“%1”已被占用。</translation>
    </message>
    <message>
        <source>Edit configuration inventory</source>
        <translation>编辑配置清单</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Certificates and keys that expire; one that expires before the plan ends is a conflict</source>
        <translation>会到期的证书和密钥；在计划结束前到期即构成冲突</translation>
    </message>
    <message>
        <source>Expires before the plan ends (%1): renew it first</source>
        <translation>在计划结束（%1）前到期：请先续期</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>A copy exists that survives the upgrade</source>
        <translation>存在可在升级后保留的副本</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Where / what</source>
        <translation>位置 / 内容</translation>
    </message>
    <message>
        <source>Where it lives or what it holds</source>
        <translation>所在位置或所含内容</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Edit rollback plans</source>
        <translation>编辑回滚计划</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>What starts a rollback, separated by “;” (“login fails for 5 min”)</source>
        <translation>触发回滚的条件，以“;”分隔（“登录失败持续 5 分钟”）</translation>
    </message>
    <message>
        <source>Who decides</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>What is restored</source>
        <translation>恢复内容</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Expected duration of the rollback</source>
        <translation>回滚的预计时长</translation>
    </message>
    <message>
        <source>Data that may be lost</source>
        <translation>可能丢失的数据</translation>
    </message>
    <message>
        <source>Forward repair only</source>
        <translation>仅限向前修复</translation>
    </message>
    <message>
        <source>After the migration the old version cannot come back: only a forward repair</source>
        <translation>迁移后无法恢复到旧版本：只能向前修复</translation>
    </message>
    <message>
        <source>Edit pilots</source>
        <translation>编辑试点</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>“test”, “staging”, “pilot branch Mainz”</source>
        <translation>“测试”、“预发布”、“美因茨试点分支”</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>What it showed</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Edit acceptance checks</source>
        <translation>编辑验收检查</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>For a check of the whole window</source>
        <translation>用于检查整个窗口</translation>
    </message>
    <message>
        <source>Window: no maintenance window has the id “%1”.</source>
        <translation>窗口：没有 ID 为“%1”的维护窗口。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>预期结果</translation>
    </message>
    <message>
        <source>Core function</source>
        <translation>核心功能</translation>
    </message>
    <message>
        <source>Core functions are checked first</source>
        <translation>核心功能优先检查</translation>
    </message>
    <message>
        <source>Log review</source>
        <translation>日志审查</translation>
    </message>
    <message>
        <source>Edit messages</source>
        <translation>编辑通知消息</translation>
    </message>
    <message>
        <source>Empty: every window the plan uses</source>
        <translation>为空：计划使用的所有窗口</translation>
    </message>
    <message>
        <source>every used window</source>
        <translation>所有已用窗口</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Hours before the window starts, or after it ends</source>
        <translation>窗口开始前或结束后的小时数</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>What users cannot do meanwhile</source>
        <translation>期间用户无法执行的操作</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>Maintenance {start} to {end}</source>
        <translation>维护时间 {start} 至 {end}</translation>
    </message>
    <message>
        <source>Dear colleagues,

from {start} to {end} we upgrade systems behind: {services}.
{limitations}

Questions: {contact}</source>
        <translation>各位同事：

从 {start} 到 {end}，我们将升级以下服务背后的系统：{services}。
{limitations}

如有疑问，请联系：{contact}</translation>
    </message>
    <message>
        <source>Edit monitoring</source>
        <translation>编辑监控</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>“p95 login latency”</source>
        <translation>“p95 登录延迟”</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>“180 ms”</source>
        <translation>“180 ms”</translation>
    </message>
    <message>
        <source>Hours watched</source>
        <translation>监控小时数</translation>
    </message>
    <message>
        <source>From hours to a business cycle (168 = a week)</source>
        <translation>从数小时到一个业务周期（168 = 一周）</translation>
    </message>
    <message>
        <source>Edit upgrade record</source>
        <translation>编辑升级记录</translation>
    </message>
    <message>
        <source>Reached version</source>
        <translation>已达到的版本</translation>
    </message>
    <message>
        <source>Empty: its target</source>
        <translation>为空：其目标版本</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Actual start and end: 2027-05-15 22:00 - 22:40</source>
        <translation>实际开始和结束时间：2027-05-15 22:00 - 22:40</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1（%2 分钟）</translation>
    </message>
    <message>
        <source>%1: write the start and end as 2027-05-15 22:00 - 22:40.</source>
        <translation>%1：请将开始和结束时间写成 2027-05-15 22:00 - 22:40。</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>后续措施</translation>
    </message>
    <message>
        <source>Every component with an upgrade has its record already.</source>
        <translation>每个有升级的组件均已有记录。</translation>
    </message>
    <message>
        <source>Edit check results</source>
        <translation>编辑检查结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>%1
Expected: %2</source>
        <translation>%1
预期：%2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit upgrade issues</source>
        <translation>编辑升级问题</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>How it was solved</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <source>new issue</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Edit accepted estimates</source>
        <translation>编辑已采纳的估算</translation>
    </message>
    <message>
        <source>Minutes; empty: the built-in default</source>
        <translation>分钟；为空：使用内置默认值</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of minutes.</source>
        <translation>%1：“%2”不是分钟数。</translation>
    </message>
    <message>
        <source>Estimates are accepted from planned against actual.</source>
        <translation>估算根据计划值与实际值的对比得出并采纳。</translation>
    </message>
</context>
<context>
    <name>RemoveComponentsCommand</name>
    <message>
        <source>Remove component %1</source>
        <translation>删除组件 %1</translation>
    </message>
    <message>
        <source>Remove %1 components</source>
        <translation>删除 %1 个组件</translation>
    </message>
</context>
<context>
    <name>RemoveDependenciesCommand</name>
    <message>
        <source>Remove a dependency</source>
        <translation>删除一个依赖关系</translation>
    </message>
    <message>
        <source>Remove %1 dependencies</source>
        <translation>删除 %1 个依赖关系</translation>
    </message>
</context>
<context>
    <name>ReplaceSectionCommand</name>
    <message>
        <source>Edit project information</source>
        <translation>编辑项目信息</translation>
    </message>
    <message>
        <source>Edit sites</source>
        <translation>编辑站点</translation>
    </message>
    <message>
        <source>Edit product catalog</source>
        <translation>编辑产品目录</translation>
    </message>
    <message>
        <source>Edit maintenance windows</source>
        <translation>编辑维护窗口</translation>
    </message>
    <message>
        <source>Edit change freezes</source>
        <translation>编辑变更冻结期</translation>
    </message>
    <message>
        <source>Edit business processes</source>
        <translation>编辑业务流程</translation>
    </message>
    <message>
        <source>Edit staff</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Edit waivers</source>
        <translation>编辑豁免</translation>
    </message>
    <message>
        <source>Edit order pins</source>
        <translation>编辑顺序约束</translation>
    </message>
    <message>
        <source>Move nodes</source>
        <translation>移动节点</translation>
    </message>
    <message>
        <source>Edit change records</source>
        <translation>编辑变更记录</translation>
    </message>
</context>
<context>
    <name>RequirementChecker</name>
    <message>
        <source>in the %1</source>
        <translation>在%1中</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>在 %1 中</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 运行 %2</translation>
    </message>
    <message>
        <source>%1 %2 runs %3</source>
        <translation>%1 %2 运行 %3</translation>
    </message>
    <message>
        <source>%1 %2 requires %3 %4 (dependency range); %5</source>
        <translation>%1 %2 要求 %3 %4（依赖版本范围）；%5</translation>
    </message>
    <message>
        <source>%1 %2 requires %3 %4 (catalog rule for %5); %6</source>
        <translation>%1 %2 要求 %3 %4（%5 的目录规则）；%6</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>scenario &apos;%1&apos;: removes %2 &apos;%3&apos;, which the baseline no longer has</source>
        <translation>场景“%1”：删除%2“%3”，但基线中已没有该项</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>场景需要名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a scenario&apos;s name does not start or end with a space</source>
        <translation>“%1”：场景名称不能以空格开头或结尾</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the estate itself; choose another name</source>
        <translation>“%1”即 IT 资产本身；请另选名称</translation>
    </message>
    <message>
        <source>a scenario&apos;s name has at most %1 characters, this one %2</source>
        <translation>场景名称最多 %1 个字符，此名称有 %2 个</translation>
    </message>
    <message>
        <source>a scenario&apos;s name holds no control characters (tabs, line ends)</source>
        <translation>场景名称不能包含控制字符（制表符、换行符）</translation>
    </message>
    <message>
        <source>there is already a scenario called &apos;%1&apos;</source>
        <translation>已存在名为“%1”的场景</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: changes component &apos;%2&apos;, which the baseline no longer has</source>
        <translation>场景“%1”：更改组件“%2”，但基线中已没有该组件</translation>
    </message>
    <message>
        <source>window</source>
        <translation>维护窗口</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>the pin of</source>
        <translation>组件固定顺序</translation>
    </message>
    <message>
        <source>the waiver of</source>
        <translation>冲突豁免</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is new</source>
        <translation>组件“%1”是新增的</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;: a phase&apos;s own duration is cleared</source>
        <translation>组件“%1”：某个阶段自身的时长被清除</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; differs in more than its target, durations and roles</source>
        <translation>组件“%1”的差异不限于目标、时长和角色</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; is removed</source>
        <translation>组件“%1”已被删除</translation>
    </message>
    <message>
        <source>the dependencies differ</source>
        <translation>依赖关系不同</translation>
    </message>
    <message>
        <source>the project&apos;s details differ</source>
        <translation>项目详细信息不同</translation>
    </message>
    <message>
        <source>the sites differ</source>
        <translation>站点不同</translation>
    </message>
    <message>
        <source>the catalog differs</source>
        <translation>目录不同</translation>
    </message>
    <message>
        <source>the freezes differ</source>
        <translation>变更冻结期不同</translation>
    </message>
    <message>
        <source>the business processes differ</source>
        <translation>业务流程不同</translation>
    </message>
    <message>
        <source>the change records differ</source>
        <translation>变更记录不同</translation>
    </message>
</context>
<context>
    <name>SchedulerText</name>
    <message>
        <source>%1 of %2 expires on %3, before the plan ends (%4): renew it or finish earlier</source>
        <translation>%2 的%1将于 %3 到期，早于计划结束时间（%4）：请续期或提前完成</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>there is no maintenance window</source>
        <translation>没有维护窗口</translation>
    </message>
    <message>
        <source>no %1 available: nobody on the staff has that role</source>
        <translation>没有可用的 %1：人员中没有人担任该角色</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1; closest: %2: %3</source>
        <translation>%1；最接近的：%2：%3</translation>
    </message>
    <message>
        <source>longest window is %1 (%2), the step needs %3 with rollback</source>
        <translation>最长的窗口为 %1（%2），该步骤连同回滚需要 %3</translation>
    </message>
    <message>
        <source>longest window is %1, the step needs %2 with rollback</source>
        <translation>最长的窗口为 %1，该步骤连同回滚需要 %2</translation>
    </message>
    <message>
        <source>no window long enough is left after wave %1 ends (%2)</source>
        <translation>批次 %1 结束（%2）后没有足够长的窗口</translation>
    </message>
    <message>
        <source>no window is long enough</source>
        <translation>没有足够长的窗口</translation>
    </message>
    <message>
        <source>only one window long enough is left after wave %1 ends (%2)</source>
        <translation>批次 %1 结束（%2）后只剩一个足够长的窗口</translation>
    </message>
    <message>
        <source>%1 is away %2 to %3</source>
        <translation>%1 在 %2 至 %3 期间不在岗</translation>
    </message>
    <message>
        <source>every window long enough overlaps a freeze (%1)</source>
        <translation>所有足够长的窗口都与变更冻结期重叠（%1）</translation>
    </message>
    <message>
        <source>every window before the freeze is full (%1)</source>
        <translation>变更冻结期之前的所有窗口均已满（%1）</translation>
    </message>
    <message>
        <source>every window outside the freeze is full (%1)</source>
        <translation>变更冻结期之外的所有窗口均已满（%1）</translation>
    </message>
    <message>
        <source>no window has room for all of them</source>
        <translation>没有窗口能容纳全部步骤</translation>
    </message>
    <message>
        <source>every window after wave %1 ends (%2) is full</source>
        <translation>批次 %1 结束（%2）后的所有窗口均已满</translation>
    </message>
    <message>
        <source>every window is full</source>
        <translation>所有窗口均已满</translation>
    </message>
    <message>
        <source>every window overlaps a peak of %1</source>
        <translation>所有窗口都与 %1 的高峰期重叠</translation>
    </message>
    <message>
        <source>every window is taken until too close to a peak of %1</source>
        <translation>所有窗口在距离 %1 的高峰期过近之前均已被占用</translation>
    </message>
    <message>
        <source>no %1 available: %2</source>
        <translation>没有可用的 %1：%2</translation>
    </message>
    <message>
        <source>no %1 available: busy in another lane in every window</source>
        <translation>没有可用的 %1：在每个窗口中都忙于其他通道</translation>
    </message>
    <message numerus="yes">
        <source>%n in a freeze (%1)</source>
        <translation>
            <numerusform>%n 个处于变更冻结期（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n during a peak of %1</source>
        <translation>
            <numerusform>%n 个处于 %1 的高峰期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken until too close to a peak of %1</source>
        <translation>
            <numerusform>%n 个在距离 %1 的高峰期过近之前已被占用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a free %1</source>
        <translation>
            <numerusform>%n 个没有空闲的 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n full</source>
        <translation>
            <numerusform>%n 个已满</numerusform>
        </translation>
    </message>
    <message>
        <source>no window fits: %1</source>
        <translation>没有合适的窗口：%1</translation>
    </message>
    <message>
        <source>blocked in the plan: %1</source>
        <translation>在计划中受阻：%1</translation>
    </message>
    <message>
        <source>the wave before ends %1</source>
        <translation>前一批次于 %1 结束</translation>
    </message>
    <message>
        <source>wave %1 ends %2 with %3</source>
        <translation>批次 %1 于 %2 结束，最后是 %3</translation>
    </message>
    <message>
        <source>every lane is taken until %1</source>
        <translation>所有通道在 %1 之前均已被占用</translation>
    </message>
    <message>
        <source>it ends before %1</source>
        <translation>它在 %1 之前结束</translation>
    </message>
    <message>
        <source>%1, too late for the %2 it needs before %3</source>
        <translation>%1，太晚，无法在 %3 之前留出所需的 %2</translation>
    </message>
    <message>
        <source>the window is %1, the step needs %2 with rollback</source>
        <translation>窗口为 %1，该步骤连同回滚需要 %2</translation>
    </message>
    <message>
        <source>it falls in the freeze %1</source>
        <translation>它处于变更冻结期 %1 内</translation>
    </message>
    <message>
        <source>its %1 from %2 would run into a peak of %3 at %4</source>
        <translation>其从 %2 开始的%1会与 %4 时 %3 的高峰期冲突</translation>
    </message>
    <message>
        <source>a peak of %1 lasts until %2, too late for the %3 it needs before %4</source>
        <translation>%1 的高峰期持续到 %2，太晚，无法在 %4 之前留出所需的 %3</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1，以及 %2</translation>
    </message>
    <message>
        <source>no %1 is free: %2 is away %3 to %4</source>
        <translation>没有空闲的 %1：%2 在 %3 至 %4 期间不在岗</translation>
    </message>
    <message>
        <source>no %1 is free: %2 is busy in another lane until %3</source>
        <translation>没有空闲的 %1：%2 在 %3 之前忙于其他通道</translation>
    </message>
    <message>
        <source>every %1 is busy in another lane</source>
        <translation>每位 %1 都在忙于其他通道</translation>
    </message>
    <message>
        <source>%1 ends before %2</source>
        <translation>%1 在 %2 之前结束</translation>
    </message>
    <message>
        <source>%1 and the window after it end before %2</source>
        <translation>%1 及其后的窗口均在 %2 之前结束</translation>
    </message>
    <message>
        <source>%1 and the %2 windows after it end before %3</source>
        <translation>%1 及其后的 %2 个窗口均在 %3 之前结束</translation>
    </message>
    <message>
        <source>%1: for %2 in its group, %3</source>
        <translation>%1：对于其所在组中的 %2，%3</translation>
    </message>
    <message>
        <source>; the same in the next window</source>
        <translation>；下一个窗口中情况相同</translation>
    </message>
    <message>
        <source>; the same in %1 later windows</source>
        <translation>；之后的 %1 个窗口中情况相同</translation>
    </message>
    <message>
        <source>The project has no time zone: times are plain wall-clock times and every night is as long as the clock says.</source>
        <translation>项目未设置时区：时间均为普通挂钟时间，每个夜晚的长度均以时钟为准。</translation>
    </message>
    <message>
        <source>Time zone %1 is unknown: times are plain wall-clock times and every night is as long as the clock says.</source>
        <translation>时区 %1 未知：时间均为普通挂钟时间，每个夜晚的长度均以时钟为准。</translation>
    </message>
    <message>
        <source>Group %1 spans waves %2 to %3: all its steps are placed together with wave %2.</source>
        <translation>组 %1 跨越批次 %2 至 %3：其所有步骤都与批次 %2 一起安排。</translation>
    </message>
    <message>
        <source>waits for wave %1, where %2 is unscheduled</source>
        <translation>等待批次 %1，其中 %2 未排期</translation>
    </message>
    <message>
        <source>component %1 is not in the estate</source>
        <translation>组件 %1 不在 IT 资产中</translation>
    </message>
    <message>
        <source>moves with %1, whose component is not in the estate</source>
        <translation>与 %1 一起变动，但其组件不在 IT 资产中</translation>
    </message>
    <message>
        <source>group %1 (%2) moves together and fits no window: %3</source>
        <translation>组 %1（%2）需一起变动，但没有合适的窗口：%3</translation>
    </message>
</context>
<context>
    <name>ServerProject</name>
    <message>
        <source> (the password comes from ~/.pgpass or PGPASSWORD, never from the URL)</source>
        <translation>（密码来自 ~/.pgpass 或 PGPASSWORD，绝不来自 URL）</translation>
    </message>
    <message>
        <source> (is the server running, and are the host and port right?)</source>
        <translation>（服务器是否在运行，主机和端口是否正确？）</translation>
    </message>
    <message>
        <source> (this user may read the project but not change it; ask its owner for the right to edit)</source>
        <translation>（此用户可以读取项目但不能修改；请向其所有者申请编辑权限）</translation>
    </message>
    <message>
        <source>this installation cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql)</source>
        <translation>此安装无法连接 PostgreSQL：缺少 Qt 的 QPSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>of this connection</source>
        <translation>此连接的用户</translation>
    </message>
    <message>
        <source>there is no project &apos;%1&apos; on this server</source>
        <translation>此服务器上没有项目“%1”</translation>
    </message>
    <message>
        <source> (it has: %1)</source>
        <translation>（已有：%1）</translation>
    </message>
    <message>
        <source>not an Upgrade Planner project: %1</source>
        <translation>不是 Upgrade Planner 项目：%1</translation>
    </message>
    <message>
        <source>the schema %1 is not an Upgrade Planner project</source>
        <translation>模式 %1 不是 Upgrade Planner 项目</translation>
    </message>
    <message>
        <source>the project is at schema %1, newer than this program knows (%2): it was written by a newer Upgrade Planner</source>
        <translation>项目的模式为 %1，比本程序所知的（%2）更新：它由更新版本的 Upgrade Planner 写入</translation>
    </message>
    <message>
        <source>the project was never finished being published (schema %1)</source>
        <translation>项目从未完成发布（模式 %1）</translation>
    </message>
    <message>
        <source>a project &apos;%1&apos; exists on this server already; publish with --replace to overwrite it</source>
        <translation>此服务器上已有项目“%1”；使用 --replace 发布以覆盖它</translation>
    </message>
    <message>
        <source>someone else saved the project meanwhile (revision %1, this copy is of revision %2); nothing was written</source>
        <translation>其他人在此期间保存了项目（修订 %1，此副本为修订 %2）；未写入任何内容</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a role&apos;s name</source>
        <translation>“%1”不能作为角色名称</translation>
    </message>
    <message>
        <source> (this user may not create projects in this database; its administrator can allow it with GRANT CREATE ON DATABASE)</source>
        <translation>（此用户不能在该数据库中创建项目；数据库管理员可用 GRANT CREATE ON DATABASE 授权）</translation>
    </message>
    <message>
        <source>the project was saved again since it was published (revision %1): its history is its own now</source>
        <translation>项目发布后已再次保存（修订 %1）：其历史记录现已独立</translation>
    </message>
    <message>
        <source>only the project&apos;s owner, %1, can grant rights on it; run grant as %1</source>
        <translation>只有项目所有者 %1 可以授予权限；请以 %1 身份运行 grant</translation>
    </message>
    <message>
        <source>there is no role &apos;%1&apos; on this server; create it first (CREATE ROLE %1 LOGIN)</source>
        <translation>此服务器上没有角色“%1”；请先创建（CREATE ROLE %1 LOGIN）</translation>
    </message>
    <message>
        <source>%1 owns the project (or acts as its owner %2): its rights are not changed by grant</source>
        <translation>%1 拥有该项目（或以其所有者 %2 的身份行事）：grant 不会更改其权限</translation>
    </message>
    <message>
        <source>the user %1 may not read the project &apos;%2&apos;; its owner, %3, can grant it (docs/shared-projects.md)</source>
        <translation>用户 %1 不能读取项目“%2”；其所有者 %3 可以授权（docs/shared-projects.md）</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>not a shared project&apos;s URL: it starts with postgresql://</source>
        <translation>不是共享项目的 URL：它以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>the URL carries a password; leave it out and put it in ~/.pgpass (or PGPASSWORD): a password on the command line is seen by everyone on the machine and kept in shell histories</source>
        <translation>URL 中带有密码；请去掉它并放入 ~/.pgpass（或 PGPASSWORD）：命令行中的密码本机所有人都能看到，并会留在 shell 历史中</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>the path names the database alone: /DATABASE, not &apos;%1&apos;</source>
        <translation>路径只写数据库：/数据库，而不是“%1”</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; may not hold spaces, quotes, &apos;;&apos; or backslashes</source>
        <translation>“%1”的值不能包含空格、引号、“;”或反斜杠</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds from 1 to 3600</source>
        <translation>connect_timeout“%1”不是 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>the URL carries a password; leave it out and put it in ~/.pgpass (or PGPASSWORD)</source>
        <translation>URL 中带有密码；请去掉它并放入 ~/.pgpass（或 PGPASSWORD）</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (known: project, sslmode, sslrootcert, connect_timeout, application_name)</source>
        <translation>未知选项“%1”（已知：project、sslmode、sslrootcert、connect_timeout、application_name）</translation>
    </message>
    <message>
        <source>the URL names no project: add ?project=NAME</source>
        <translation>URL 未指定项目：请添加 ?project=名称</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a project&apos;s name: 1 to 48 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;, starting with a letter or digit</source>
        <translation>“%1”不能作为项目名称：1 到 48 个字母、数字、“_”、“-”或“.”，以字母或数字开头</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>cannot create an Ed25519 key: %1</source>
        <translation>无法创建 Ed25519 密钥：%1</translation>
    </message>
    <message>
        <source>not a PEM key file</source>
        <translation>不是 PEM 密钥文件</translation>
    </message>
    <message>
        <source>is a public key; signing needs the private key (NAME.key)</source>
        <translation>是公钥；签名需要私钥（NAME.key）</translation>
    </message>
    <message>
        <source>is not an Ed25519 key in PKCS#8 but a &quot;%1 PRIVATE KEY&quot; (make one with &apos;upgrade-planner keygen&apos;)</source>
        <translation>不是 PKCS#8 格式的 Ed25519 密钥，而是“%1 PRIVATE KEY”（请使用“upgrade-planner keygen”生成）</translation>
    </message>
    <message>
        <source>is encrypted and needs a passphrase</source>
        <translation>已加密，需要口令</translation>
    </message>
    <message>
        <source>damaged encrypted private key</source>
        <translation>已加密的私钥已损坏</translation>
    </message>
    <message>
        <source>wrong passphrase (or a damaged key file)</source>
        <translation>口令错误（或密钥文件已损坏）</translation>
    </message>
    <message>
        <source>damaged private key</source>
        <translation>私钥已损坏</translation>
    </message>
    <message>
        <source>holds a &quot;%1&quot;, not a private key</source>
        <translation>包含的是“%1”，而不是私钥</translation>
    </message>
    <message>
        <source>is not Ed25519 but %1: plans are signed with Ed25519 keys (make one with &apos;upgrade-planner keygen&apos;)</source>
        <translation>不是 Ed25519 而是 %1：计划使用 Ed25519 密钥签名（请使用“upgrade-planner keygen”生成）</translation>
    </message>
    <message>
        <source>is a private key; give the public key (NAME.pub.pem)</source>
        <translation>是私钥；请提供公钥（NAME.pub.pem）</translation>
    </message>
    <message>
        <source>is not Ed25519 but RSA: plans are signed with Ed25519 keys</source>
        <translation>不是 Ed25519 而是 RSA：计划使用 Ed25519 密钥签名</translation>
    </message>
    <message>
        <source>holds a &quot;%1&quot;, not a public key</source>
        <translation>包含的是“%1”，而不是公钥</translation>
    </message>
    <message>
        <source>damaged public key</source>
        <translation>公钥已损坏</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>no private key to write</source>
        <translation>没有可写入的私钥</translation>
    </message>
    <message>
        <source>cannot encode the private key: %1</source>
        <translation>无法编码私钥：%1</translation>
    </message>
    <message>
        <source>cannot encrypt the private key: %1</source>
        <translation>无法加密私钥：%1</translation>
    </message>
    <message>
        <source>signing needs a private key</source>
        <translation>签名需要私钥</translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation>无法签名：%1</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>cannot encode the public key</source>
        <translation>无法编码公钥</translation>
    </message>
</context>
<context>
    <name>StagedFiles</name>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot put in place: %1</source>
        <translation>无法放置到位：%1</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>已存在</translation>
    </message>
</context>
<context>
    <name>TimelineText</name>
    <message>
        <source>the wave before (or the step it waits for) had not ended</source>
        <translation>前一批次（或其等待的步骤）尚未结束</translation>
    </message>
    <message>
        <source>the window is shorter than the step with its rollback</source>
        <translation>窗口短于该步骤及其回滚所需的时间</translation>
    </message>
    <message>
        <source>the window touches a freeze</source>
        <translation>窗口与变更冻结期重叠</translation>
    </message>
    <message>
        <source>the step would overlap a peak of a process it affects</source>
        <translation>该步骤会与其影响的某个流程的高峰期重叠</translation>
    </message>
    <message>
        <source>nobody with a needed role is free</source>
        <translation>没有具备所需角色的人员有空</translation>
    </message>
    <message>
        <source>every lane is taken until too late</source>
        <translation>所有通道被占用直到为时已晚</translation>
    </message>
    <message>
        <source>until %1 starts changing at %2: rolling back later means rolling it back too</source>
        <translation>直到 %1 于 %2 开始变更：之后回滚意味着也要回滚它</translation>
    </message>
    <message>
        <source>the rollback must end by the window&apos;s end</source>
        <translation>回滚必须在窗口结束前完成</translation>
    </message>
    <message>
        <source>the rollback must end by the window&apos;s end (%1)</source>
        <translation>回滚必须在窗口结束（%1）前完成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) %3 → %4, wave %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）%3 → %4，批次 %5</translation>
    </message>
    <message>
        <source>Window %1, lane %2 of %3</source>
        <translation>窗口 %1，通道 %2/%3</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>Rollback reserve %1 min%2, worst case ends %3</source>
        <translation>回滚预留 %1 分钟%2，最坏情况下于 %3 结束</translation>
    </message>
    <message>
        <source> (a restore of the backup)</source>
        <translation>（恢复备份）</translation>
    </message>
    <message>
        <source>Point of no return %1:</source>
        <translation>不可回头点 %1：</translation>
    </message>
    <message>
        <source>Not earlier: %1</source>
        <translation>不能更早：%1</translation>
    </message>
    <message>
        <source>Not earlier: %1 turned it down: %2</source>
        <translation>不能更早：%1 拒绝了：%2</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3: not scheduled</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 → %3：未排期</translation>
    </message>
    <message>
        <source> (wave %1)</source>
        <translation>（批次 %1）</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Closest window: %1</source>
        <translation>最接近的窗口：%1</translation>
    </message>
    <message>
        <source>, where %1</source>
        <translation>，其中 %1</translation>
    </message>
    <message>
        <source>No window came close.</source>
        <translation>没有接近的窗口。</translation>
    </message>
    <message>
        <source>Waited for wave %1 to end</source>
        <translation>已等待批次 %1 结束</translation>
    </message>
    <message>
        <source>, last with %1</source>
        <translation>，最后是 %1</translation>
    </message>
    <message>
        <source>Waited for %1</source>
        <translation>已等待 %1</translation>
    </message>
</context>
<context>
    <name>UpgradeOrdering</name>
    <message>
        <source> (support of %1 %2 has ended%3: passed through, not kept)</source>
        <translation>（%1 %2 已停止支持%3：仅经过，不保留）</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> 于 %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>required stop: the catalog says upgrades of %1 must pass through %2</source>
        <translation>必经版本：目录规定 %1 的升级必须经过 %2</translation>
    </message>
    <message>
        <source>waits until its neighbours allow it: %1</source>
        <translation>等待其相邻组件允许：%1</translation>
    </message>
    <message>
        <source>after %1 (dependencies first)</source>
        <translation>在 %1 之后（依赖项优先）</translation>
    </message>
    <message>
        <source>nothing it depends on changes before it</source>
        <translation>其所依赖的对象都不会在它之前变更</translation>
    </message>
    <message>
        <source>stepping stone: going straight to %1 would break: %2</source>
        <translation>过渡版本：直接升级到 %1 会导致问题：%2</translation>
    </message>
    <message>
        <source>no order of single steps works: %1</source>
        <translation>没有可行的单步升级顺序：%1</translation>
    </message>
    <message>
        <source>moves together with %1 (group %2)</source>
        <translation>与 %1 一起变动（组 %2）</translation>
    </message>
    <message>
        <source>pinned after %1, which cannot finish its upgrade</source>
        <translation>固定在 %1 之后，但后者无法完成升级</translation>
    </message>
    <message>
        <source>cannot move from %1 to %2: %3</source>
        <translation>无法从 %1 变更到 %2：%3</translation>
    </message>
    <message>
        <source>pin names %1, which is not a component</source>
        <translation>约束指向 %1，但它不是组件</translation>
    </message>
    <message>
        <source>%1 has no upgrade to pin</source>
        <translation>%1 没有可固定顺序的升级</translation>
    </message>
    <message>
        <source>pinned after %1, which is not a component</source>
        <translation>固定在 %1 之后，但它不是组件</translation>
    </message>
    <message>
        <source>pinned to wave %1, but its first step can only come in wave %2: %3</source>
        <translation>固定到批次 %1，但其第一个步骤最早只能在批次 %2 中进行：%3</translation>
    </message>
    <message>
        <source>the steps it depends on come first</source>
        <translation>其所依赖的步骤先执行</translation>
    </message>
    <message>
        <source>the pin after %1 makes the plan impossible: %2</source>
        <translation>在 %1 之后的固定顺序使计划无法实现：%2</translation>
    </message>
    <message>
        <source>target %1 is below the current version %2: a downgrade is not an upgrade path</source>
        <translation>目标版本 %1 低于当前版本 %2：降级不是升级路径</translation>
    </message>
    <message>
        <source>the plan would hold more than %1 steps, the most it may (docs/limits.md): this upgrade takes %2 (one per required stop it passes), the upgrades before it the rest</source>
        <translation>计划将超过允许的最多 %1 个步骤（docs/limits.md）：此升级需要 %2 个（每经过一个必经版本一个），其余来自之前的升级</translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: number &apos;%2&apos; is too long</source>
        <translation>“%1”：数字“%2”太长</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unexpected character &apos;%2&apos; at position %3</source>
        <translation>“%1”：位置 %3 处有意外字符“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no digits or letters</source>
        <translation>“%1”不含数字或字母</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is %2 characters long, more than the %3 a version may have</source>
        <translation>“%1...”长 %2 个字符，超过版本允许的 %3 个</translation>
    </message>
</context>
<context>
    <name>VersionRange</name>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: must start with a number</source>
        <translation>“%1”：必须以数字开头</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a wildcard may only stand at the end</source>
        <translation>“%1”：通配符只能位于末尾</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: empty alternative around &apos;||&apos;</source>
        <translation>“%1”：“||”两侧的备选项为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: operator &apos;%2&apos; has no version</source>
        <translation>“%1”：运算符“%2”没有版本</translation>
    </message>
    <message>
        <source>&apos;%1...&apos; is %2 characters long, more than the %3 a version range may have</source>
        <translation>“%1...”长 %2 个字符，超过版本范围允许的 %3 个</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Security</source>
        <comment>change reason</comment>
        <translation>安全</translation>
    </message>
    <message>
        <source>Bug fix</source>
        <comment>change reason</comment>
        <translation>缺陷修复</translation>
    </message>
    <message>
        <source>Compliance</source>
        <comment>change reason</comment>
        <translation>合规</translation>
    </message>
    <message>
        <source>End of support</source>
        <comment>change reason</comment>
        <translation>支持终止</translation>
    </message>
    <message>
        <source>Performance</source>
        <comment>change reason</comment>
        <translation>性能</translation>
    </message>
    <message>
        <source>New features</source>
        <comment>change reason</comment>
        <translation>新功能</translation>
    </message>
    <message>
        <source>Hardware</source>
        <comment>change reason</comment>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Integration</source>
        <comment>change reason</comment>
        <translation>集成</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>change reason</comment>
        <translation>可选</translation>
    </message>
    <message>
        <source>Emergency</source>
        <comment>urgency</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Urgent</source>
        <comment>urgency</comment>
        <translation>急迫</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>urgency</comment>
        <translation>计划内</translation>
    </message>
    <message>
        <source>Deferrable</source>
        <comment>urgency</comment>
        <translation>可推迟</translation>
    </message>
    <message>
        <source>Parameter</source>
        <comment>configuration kind</comment>
        <translation>参数</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <comment>configuration kind</comment>
        <translation>路由规则</translation>
    </message>
    <message>
        <source>Permission</source>
        <comment>configuration kind</comment>
        <translation>权限</translation>
    </message>
    <message>
        <source>Integration key</source>
        <comment>configuration kind</comment>
        <translation>集成密钥</translation>
    </message>
    <message>
        <source>Scheduled job</source>
        <comment>configuration kind</comment>
        <translation>计划任务</translation>
    </message>
    <message>
        <source>Service account</source>
        <comment>configuration kind</comment>
        <translation>服务账户</translation>
    </message>
    <message>
        <source>Firewall rule</source>
        <comment>configuration kind</comment>
        <translation>防火墙规则</translation>
    </message>
    <message>
        <source>Certificate</source>
        <comment>configuration kind</comment>
        <translation>证书</translation>
    </message>
    <message>
        <source>Custom script</source>
        <comment>configuration kind</comment>
        <translation>自定义脚本</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>configuration kind</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Before the step</source>
        <comment>backup taken</comment>
        <translation>步骤之前</translation>
    </message>
    <message>
        <source>Before the window</source>
        <comment>backup taken</comment>
        <translation>窗口之前</translation>
    </message>
    <message>
        <source>Nightly</source>
        <comment>backup taken</comment>
        <translation>每晚</translation>
    </message>
    <message>
        <source>Continuous</source>
        <comment>backup taken</comment>
        <translation>持续</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <comment>process category</comment>
        <translation>应急服务</translation>
    </message>
    <message>
        <source>Payments</source>
        <comment>process category</comment>
        <translation>支付</translation>
    </message>
    <message>
        <source>Production control</source>
        <comment>process category</comment>
        <translation>生产控制</translation>
    </message>
    <message>
        <source>Public service</source>
        <comment>process category</comment>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>message sent before or after</comment>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <comment>message sent before or after</comment>
        <translation>之后</translation>
    </message>
    <message>
        <source>None</source>
        <comment>rolled back</comment>
        <translation>未回退</translation>
    </message>
    <message>
        <source>Partly</source>
        <comment>rolled back</comment>
        <translation>部分回退</translation>
    </message>
    <message>
        <source>Fully</source>
        <comment>rolled back</comment>
        <translation>完全回退</translation>
    </message>
</context>
<context>
    <name>WorkWithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan IT estate upgrades without breaking what must stay up.</source>
        <translation>规划 IT 资产升级，同时不中断必须保持运行的服务。</translation>
    </message>
    <message>
        <source>A project (.uplan) or an estate (.json) to open.</source>
        <translation>要打开的项目（.uplan）或 IT 资产文件（.json）。</translation>
    </message>
</context>
<context>
    <name>planner::AboutDialog</name>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About Upgrade Planner</source>
        <translation>关于 Upgrade Planner</translation>
    </message>
    <message>
        <source>Upgrade Planner %1</source>
        <translation>Upgrade Planner %1</translation>
    </message>
    <message>
        <source>Plans IT estate upgrades without breaking what must stay up: compatibility, upgrade order and maintenance windows.</source>
        <translation>规划 IT 资产升级，同时不中断必须保持运行的服务：兼容性、升级顺序和维护窗口。</translation>
    </message>
    <message>
        <source>Free software under the %1 (SPDX: GPL-3.0-or-later). You may share and change it under its terms; it comes with no warranty.</source>
        <translation>依据 %1（SPDX：GPL-3.0-or-later）发布的自由软件。您可以按照其条款分享和修改本软件；本软件不提供任何担保。</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU 通用公共许可证第 3 版或更高版本</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>End-of-support dates come from %1, © endoflife.date contributors, under the MIT licence: %2 products, data as of %3 (the newest release it lists). Dates in a project&apos;s own catalog take precedence.</source>
        <translation>停止支持日期来自 %1，© endoflife.date 贡献者，采用 MIT 许可证：%2 个产品，数据截至 %3（其中列出的最新发布版本）。项目自身目录中的日期优先。</translation>
    </message>
    <message>
        <source>Third-party software and fonts</source>
        <translation>第三方软件和字体</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>windows, drawing, storage</source>
        <translation>窗口、绘图、存储</translation>
    </message>
    <message>
        <source>graph algorithms</source>
        <translation>图算法</translation>
    </message>
    <message>
        <source>signatures and hashes of plans</source>
        <translation>计划的签名和哈希</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>DejaVu 字体</translation>
    </message>
    <message>
        <source>DejaVu fonts licence (free, Bitstream Vera based)</source>
        <translation>DejaVu 字体许可证（自由，基于 Bitstream Vera）</translation>
    </message>
    <message>
        <source>the graph and the plan PDF, from the system</source>
        <translation>依赖关系图和计划 PDF，来自系统</translation>
    </message>
    <message>
        <source>The endoflife.date licence (MIT)</source>
        <translation>endoflife.date 许可证（MIT）</translation>
    </message>
</context>
<context>
    <name>planner::AbsenceList</name>
    <message>
        <source>Add days away</source>
        <translation>添加不在岗日期</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>不在岗的第一天</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>不在岗的最后一天</translation>
    </message>
    <message>
        <source>Remove these days away</source>
        <translation>删除这些不在岗日期</translation>
    </message>
</context>
<context>
    <name>planner::AddDependencyDialog</name>
    <message>
        <source>Add Dependency</source>
        <translation>添加依赖关系</translation>
    </message>
    <message>
        <source>any version, or e.g. &gt;=12 &lt;17, ^5.1, 4.x</source>
        <translation>任意版本，或例如 &gt;=12 &lt;17、^5.1、4.x</translation>
    </message>
    <message>
        <source>A dependency says that one component needs another to run, optionally at certain versions.</source>
        <translation>依赖关系表示一个组件需要另一个组件才能运行，并可选择限定特定版本。</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>组件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>依赖于(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>The estate needs at least two components.</source>
        <translation>IT 资产中至少需要两个组件。</translation>
    </message>
    <message>
        <source>A component cannot depend on itself.</source>
        <translation>组件不能依赖自身。</translation>
    </message>
    <message>
        <source>Give the dependency a type, such as “uses”.</source>
        <translation>请为依赖关系指定类型，例如“uses”。</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>版本：%1</translation>
    </message>
    <message>
        <source>%1 already %2 %3.</source>
        <translation>%1 已 %2 %3。</translation>
    </message>
</context>
<context>
    <name>planner::ApprovalTableModel</name>
    <message>
        <source>(unreadable: %1)</source>
        <translation>（无法读取：%1）</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>untrusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256 of the public key):
%1</source>
        <translation>密钥指纹（公钥的 SHA-256）：
%1</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1（UTC）</translation>
    </message>
    <message>
        <source>The record, its signature and its public key are intact and name this plan.</source>
        <translation>记录、其签名和公钥均完好，且指向此计划。</translation>
    </message>
    <message>
        <source>An invalid approval is not checked against the trusted keys.</source>
        <translation>无效的批准不会与受信任的密钥进行核对。</translation>
    </message>
    <message>
        <source>No trusted keys are listed: anyone holding a key could have signed. Add the approvers&apos; public keys (.pub.pem) to check who signed.</source>
        <translation>未列出受信任的密钥：任何持有密钥的人都可能进行了签名。请添加批准人的公钥（.pub.pem）以核实签名人。</translation>
    </message>
    <message>
        <source>Its key is one of the trusted keys.</source>
        <translation>其密钥属于受信任的密钥。</translation>
    </message>
    <message>
        <source>Its key is not among the trusted keys: it does not count toward roles and quorum.</source>
        <translation>其密钥不在受信任的密钥中：不计入角色和法定人数。</translation>
    </message>
    <message>
        <source>Approval %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
</context>
<context>
    <name>planner::BackupTableModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>保留（天）</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last restore test</source>
        <translation>上次恢复测试</translation>
    </message>
    <message>
        <source>Restore (min)</source>
        <translation>恢复（分钟）</translation>
    </message>
    <message>
        <source>before-step, before-window, nightly or continuous</source>
        <translation>before-step、before-window、nightly 或 continuous</translation>
    </message>
    <message>
        <source>The last time a restore from this backup was proven; empty: never</source>
        <translation>上次验证可从此备份成功恢复的时间；为空：从未</translation>
    </message>
    <message>
        <source>How long that restore took: it must fit the step&apos;s rollback reserve</source>
        <translation>该恢复所用时间：必须在步骤的回滚预留时间之内</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be read here.</source>
        <translation>%1：此处无法读取“%2”。</translation>
    </message>
</context>
<context>
    <name>planner::BackupsPage</name>
    <message>
        <source>Only components with an upgrade</source>
        <translation>仅显示有升级的组件</translation>
    </message>
    <message>
        <source>Every moving component has a backup with a recent, fast enough restore test.</source>
        <translation>每个变动的组件都有备份，且近期恢复测试足够快。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b35c00&apos;&gt;%n backup cannot be relied on:&lt;/span&gt; </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b35c00&apos;&gt;%n 个备份不可靠：&lt;/span&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b35c00&apos;&gt;%n backups cannot be relied on:&lt;/span&gt; </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b35c00&apos;&gt;%n 个备份不可靠：&lt;/span&gt; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How each component is backed up and when a restore from that backup was last proven. A step whose restore was never tested, was tested more than %n day(s) before the plan starts, or takes longer than the step&apos;s rollback reserve is a risk.</source>
        <translation>
            <numerusform>每个组件如何备份,以及最近一次从该备份恢复成功验证的时间。恢复从未测试、测试早于计划开始超过 %n 天、或恢复时间超过该步骤回退预留时间的步骤都存在风险。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::CalendarEditor</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Weekly repeats</source>
        <translation>每周重复次数</translation>
    </message>
    <message>
        <source>Parallel steps</source>
        <translation>并行步骤</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>关键程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Uses components</source>
        <translation>使用的组件</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>Longest outage (min)</source>
        <translation>最长中断时间（分钟）</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>流程 ID</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Roles (comma separated)</source>
        <translation>角色（以逗号分隔）</translation>
    </message>
    <message>
        <source>Days away</source>
        <translation>不在岗日期</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>变更冻结期</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation>高峰期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Emergency, payment, production-control and public-service processes get the stricter readiness list</source>
        <translation>紧急、支付、生产控制和公共服务流程适用更严格的就绪检查清单</translation>
    </message>
    <message>
        <source>The components the process relies on, by id, separated by commas; what they depend on is found through the graph</source>
        <translation>流程所依赖的组件，按 ID 以逗号分隔；其依赖项会通过依赖关系图找到</translation>
    </message>
    <message>
        <source>Who uses the process, separated by commas: they are the audience of the messages</source>
        <translation>使用该流程的人员，以逗号分隔：他们是通知消息的受众</translation>
    </message>
    <message>
        <source>Customers outside the organisation use the process</source>
        <translation>组织外部的客户使用该流程</translation>
    </message>
    <message>
        <source>The longest outage the service level allows, in minutes; empty: not stated</source>
        <translation>服务级别允许的最长中断时间（分钟）；为空：未说明</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New freeze</source>
        <translation>新变更冻结期</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>新流程</translation>
    </message>
    <message>
        <source>there is no business process yet to give a peak to</source>
        <translation>尚无可设置高峰期的业务流程</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>cannot read the start &quot;%1&quot;; write it as 2027-01-16 22:00</source>
        <translation>无法读取开始时间“%1”；请写成 2027-01-16 22:00</translation>
    </message>
    <message>
        <source>cannot read the end &quot;%1&quot;; write it as 2027-01-17 04:00</source>
        <translation>无法读取结束时间“%1”；请写成 2027-01-17 04:00</translation>
    </message>
    <message>
        <source>cannot read the days; write them as 2027-03-25</source>
        <translation>无法读取日期；请写成 2027-03-25</translation>
    </message>
    <message>
        <source>the criticality &quot;%1&quot; is not one of %2</source>
        <translation>关键程度“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>the longest outage &quot;%1&quot; must be a whole number of minutes, or empty</source>
        <translation>最长中断时间“%1”必须是整数分钟，或为空</translation>
    </message>
    <message>
        <source>there is no business process &quot;%1&quot;</source>
        <translation>不存在业务流程“%1”</translation>
    </message>
    <message>
        <source>cannot read the days &quot;%1&quot;; write e.g. Mon-Fri or Sat,Sun</source>
        <translation>无法读取日期“%1”；请写成例如 Mon-Fri 或 Sat,Sun</translation>
    </message>
    <message>
        <source>cannot read the hours; write them as 08:00</source>
        <translation>无法读取时间；请写成 08:00</translation>
    </message>
    <message>
        <source>cannot read the days away &quot;%1&quot;; write 2027-01-15..2027-01-20</source>
        <translation>无法读取不在岗日期“%1”；请写成 2027-01-15..2027-01-20</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>weekly repeats must be a whole number</source>
        <translation>每周重复次数必须是整数</translation>
    </message>
    <message>
        <source>parallel steps must be a whole number</source>
        <translation>并行步骤数必须是整数</translation>
    </message>
</context>
<context>
    <name>planner::ChangePanel</name>
    <message>
        <source>Readiness &amp; risk</source>
        <translation>就绪情况与风险</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>业务影响</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>What must survive the upgrade, per component: parameters, routing rules, permissions, integration keys, jobs, service accounts, firewall rules, certificates, scripts. Orange: not backed up. Red: expires before the plan ends.</source>
        <translation>每个组件在升级后必须保留的内容：参数、路由规则、权限、集成密钥、作业、服务账户、防火墙规则、证书、脚本。橙色：未备份。红色：在计划结束前到期。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Rollback plans</source>
        <translation>回滚计划</translation>
    </message>
    <message>
        <source>How each step is undone: what starts a rollback, who decides, what is restored, how long it takes, which data may be lost, and whether after the migration only a forward repair is possible.</source>
        <translation>每个步骤如何撤销：由什么触发回滚、由谁决策、恢复什么、需要多长时间、可能丢失哪些数据，以及迁移后是否只能向前修复。</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>What was tried before production: where, on which representative devices, by which roles, with which data flows, and what it showed.</source>
        <translation>在生产环境之前做过哪些试验：在哪里、在哪些代表性设备上、由哪些角色、使用哪些数据流，以及结果如何。</translation>
    </message>
    <message>
        <source>Acceptance checks</source>
        <translation>验收检查</translation>
    </message>
    <message>
        <source>Checks defined before the upgrade and run after it, for one step or for a whole window, each with the result that passes. Core functions are checked first; include a review of the logs.</source>
        <translation>在升级前定义、在升级后执行的检查，针对单个步骤或整个窗口，每项检查都附有通过标准。核心功能优先检查；请包含日志审查。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>通知消息</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>What is watched after the release, against which baseline, and for how long (hours up to a business cycle: 168 h is a week).</source>
        <translation>发布后监控哪些内容、对照哪条基线、持续多长时间（从数小时到一个业务周期：168 小时为一周）。</translation>
    </message>
    <message>
        <source>Upgrade record</source>
        <translation>升级记录</translation>
    </message>
    <message>
        <source>Planned vs actual</source>
        <translation>计划与实际对比</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready for approval&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;可提交批准&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready: %n item missing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;未就绪：缺少 %n 项&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready: %n items missing&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;未就绪：缺少 %n 项&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · risk score %1 (%2) · review path: %3 · %n step affects business processes</source>
        <translation>
            <numerusform> · 风险评分 %1（%2）· 审查路径：%3 · %n 个步骤影响业务流程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · risk score %1 (%2) · review path: %3 · %n steps affect business processes</source>
        <translation>
            <numerusform> · 风险评分 %1（%2）· 审查路径：%3 · %n 个步骤影响业务流程</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> &lt;i&gt;(analysing…)&lt;/i&gt;</source>
        <translation> &lt;i&gt;（正在分析…）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Readiness &amp; risk (%1)</source>
        <translation>就绪情况与风险（%1）</translation>
    </message>
</context>
<context>
    <name>planner::Changes</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 has no backup recorded: nothing to restore if the step fails</source>
        <translation>%1 没有备份记录：如果步骤失败，将无可恢复</translation>
    </message>
    <message>
        <source>the restore of %1&apos;s backup (%2) was never tested</source>
        <translation>%1 的备份（%2）从未进行过恢复测试</translation>
    </message>
    <message>
        <source>no method given</source>
        <translation>未提供方法</translation>
    </message>
    <message>
        <source>the restore of %1&apos;s backup was last tested on %2, %3 days before the plan starts (more than %4)</source>
        <translation>%1 的备份上次恢复测试于 %2，即计划开始前 %3 天（超过 %4 天）</translation>
    </message>
    <message>
        <source>the restore of %1 takes %2, longer than the step&apos;s rollback reserve of %3</source>
        <translation>%1 的恢复需要 %2，超过该步骤的回滚预留时间 %3</translation>
    </message>
    <message>
        <source>the project gives no reason for the change (security, end-of-support, compliance...)</source>
        <translation>项目未给出变更原因（安全、停止支持、合规……）</translation>
    </message>
    <message>
        <source>the project states no purpose: what the change is meant to achieve</source>
        <translation>项目未说明目的：该变更要实现什么</translation>
    </message>
    <message>
        <source>the project states no urgency, so the review path cannot be chosen</source>
        <translation>项目未说明紧急程度，因此无法选择审查路径</translation>
    </message>
    <message>
        <source>no business processes are recorded: nobody can say whom the change affects</source>
        <translation>未记录任何业务流程：无人能说明该变更会影响谁</translation>
    </message>
    <message>
        <source>user groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>service level</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>process %1 is affected but its %2 %3 not recorded</source>
        <translation>流程 %1 受到影响，但其%2%3未记录</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>are</source>
        <translation>均</translation>
    </message>
    <message>
        <source>is</source>
        <translation>尚</translation>
    </message>
    <message>
        <source>%1 has no backup recorded: method, location, retention and when it is taken</source>
        <translation>%1 没有备份记录：方法、位置、保留期以及备份时间</translation>
    </message>
    <message>
        <source>triggers</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>who decides</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>what is restored</source>
        <translation>恢复内容</translation>
    </message>
    <message>
        <source>the rollback plan of %1 does not say %2</source>
        <translation>%1 的回滚计划未说明%2</translation>
    </message>
    <message>
        <source>%1 has no rollback plan: triggers, who decides, what is restored, how long it takes</source>
        <translation>%1 没有回滚计划：触发条件、决策人、恢复内容、所需时间</translation>
    </message>
    <message>
        <source>no acceptance check is defined for %1: nobody can say it works after the upgrade</source>
        <translation>未为 %1 定义验收检查：无人能确认其在升级后正常工作</translation>
    </message>
    <message>
        <source>no monitoring is planned for %1 after the release: metric, baseline, how long</source>
        <translation>未计划在发布后对 %1 进行监控：指标、基线、持续时间</translation>
    </message>
    <message>
        <source>no configuration inventory is recorded for %1: parameters, accounts, certificates... that must survive the upgrade</source>
        <translation>未记录 %1 的配置清单：参数、账户、证书等必须在升级后保留的内容</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is not backed up</source>
        <translation>%2 的%1（%3）未备份</translation>
    </message>
    <message>
        <source>%1 (%2, allowed %3)</source>
        <translation>%1（%2，允许 %3）</translation>
    </message>
    <message>
        <source>the step of %1 stops processes longer than their service level allows: %2</source>
        <translation>%1 的步骤使流程中断的时间超过其服务级别所允许的时间：%2</translation>
    </message>
    <message>
        <source>it affects a process of a stricter category</source>
        <translation>它影响了更严格类别的流程</translation>
    </message>
    <message>
        <source>it is of %1 criticality</source>
        <translation>其关键程度为%1</translation>
    </message>
    <message>
        <source>%1 needs a pilot before production (%2): none is recorded</source>
        <translation>%1 在投入生产前需要试点（%2）：但没有记录</translation>
    </message>
    <message>
        <source>the pilot of %1 did not pass: %2</source>
        <translation>%1 的试点未通过：%2</translation>
    </message>
    <message>
        <source>no message tells the affected users before window %1</source>
        <translation>窗口 %1 之前没有通知受影响用户的消息</translation>
    </message>
    <message>
        <source>no message tells the affected users after window %1</source>
        <translation>窗口 %1 之后没有通知受影响用户的消息</translation>
    </message>
    <message>
        <source>%1 is of %2 criticality</source>
        <translation>%1 的关键程度为%2</translation>
    </message>
    <message>
        <source>the step of %1 cannot be undone: only a restore of the backup brings the old version back</source>
        <translation>%1 的步骤无法撤销：只有恢复备份才能回到旧版本</translation>
    </message>
    <message>
        <source>nobody on the staff holds the role %1 that %2 needs</source>
        <translation>人员中没有人担任 %2 所需的角色 %1</translation>
    </message>
    <message>
        <source>only %1 holds the role %2 that %3 needs: nobody stands in</source>
        <translation>只有 %1 担任 %3 所需的角色 %2：没有替补人员</translation>
    </message>
    <message>
        <source>intermediate state: %1</source>
        <translation>中间状态：%1</translation>
    </message>
    <message>
        <source>only %1 left in %2 after the rollback reserve of %3 (less than %4)</source>
        <translation>在 %3 的回滚预留时间之后，%2 中仅剩 %1（少于 %4）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 affects %2</source>
        <translation>%1 影响 %2</translation>
    </message>
    <message>
        <source>%1 changes major version: %2 -&gt; %3</source>
        <translation>%1 变更主版本：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>An emergency security fix: the short (emergency) change path, with the approval of the change manager and the record completed afterwards.</source>
        <translation>紧急安全修复：走简短（紧急）变更路径，由变更经理批准，事后补全记录。</translation>
    </message>
    <message>
        <source>Its risk is high: keep the rollback ready and watch it closely.</source>
        <translation>风险较高：请随时准备回滚并密切监控。</translation>
    </message>
    <message>
        <source>The risk is high: a pilot on representative systems first, then a staged deployment, approved by the change board.</source>
        <translation>风险较高：先在代表性系统上试点，再分阶段部署，并由变更委员会批准。</translation>
    </message>
    <message>
        <source>A major version changes: a pilot on representative systems first, then a staged deployment, approved by the change board.</source>
        <translation>主版本发生变更：先在代表性系统上试点，再分阶段部署，并由变更委员会批准。</translation>
    </message>
    <message>
        <source>The normal change board: the risk is %1 and no major version changes.</source>
        <translation>常规变更委员会：风险为%1，且无主版本变更。</translation>
    </message>
    <message>
        <source>low</source>
        <comment>risk level</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>risk level</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <comment>risk level</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>emergency</source>
        <comment>review path</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <source>pilot</source>
        <comment>review path</comment>
        <translation>试点</translation>
    </message>
    <message>
        <source>standard</source>
        <comment>review path</comment>
        <translation>标准</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore test</source>
        <translation>恢复测试</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>回退计划</translation>
    </message>
    <message>
        <source>Acceptance checks</source>
        <translation>验收检查</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>业务影响</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>关键程度</translation>
    </message>
    <message>
        <source>Cannot be undone</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>无备份</translation>
    </message>
    <message>
        <source>Restore never tested</source>
        <translation>恢复从未测试</translation>
    </message>
    <message>
        <source>Restore test too old</source>
        <translation>恢复测试过旧</translation>
    </message>
    <message>
        <source>Restore too slow</source>
        <translation>恢复太慢</translation>
    </message>
    <message>
        <source>Conflict on the way</source>
        <translation>中间状态冲突</translation>
    </message>
    <message>
        <source>No second person</source>
        <translation>无第二人</translation>
    </message>
    <message>
        <source>Little time to spare</source>
        <translation>时间余量少</translation>
    </message>
    <message>
        <source>Sensitive business process</source>
        <translation>敏感业务流程</translation>
    </message>
    <message>
        <source>Major version change</source>
        <translation>主版本变更</translation>
    </message>
    <message>
        <source>%1 then runs in %2</source>
        <translation>%1 随后在 %2 中运行</translation>
    </message>
    <message>
        <source>Plan %1&apos;s %2 phase %3 shorter (%4 instead of %5): %6</source>
        <translation>将 %1 的 %2 阶段计划缩短 %3（%4 而非 %5）：%6</translation>
    </message>
    <message>
        <source>Make %1 %2 longer, to end at %3: %4</source>
        <translation>将 %1 延长 %2，在 %3 结束：%4</translation>
    </message>
    <message>
        <source>Let %1 run %2 steps at once instead of %3: %4</source>
        <translation>允许 %1 同时运行 %2 个步骤，而非 %3 个：%4</translation>
    </message>
    <message numerus="yes">
        <source>Repeat window %1 for %n more week(s), until %2: %3</source>
        <translation>
            <numerusform>将窗口 %1 再重复 %n 周，直到 %2：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Give %1 the role %2: %3</source>
        <translation>为 %1 指派角色 %2：%3</translation>
    </message>
    <message>
        <source>New %1 (to be named)</source>
        <translation>新 %1（待命名）</translation>
    </message>
    <message>
        <source>Add a person with the role %1 to the staff: %2</source>
        <translation>向人员中添加一名具有角色 %1 的人：%2</translation>
    </message>
    <message>
        <source>Stop %1 at %2 for now, a stepping stone towards %3 (the rest of the way in a later plan): it then runs in %4</source>
        <translation>暂时将 %1 停在 %2，作为通往 %3 的中间版本（其余升级留待后续计划）：随后在 %4 中运行</translation>
    </message>
    <message>
        <source>Stop %1 at %2 for now instead of %3, a stepping stone: the requirement then holds and no other error appears</source>
        <translation>暂时将 %1 停在 %2 而非 %3，作为中间版本：这样即可满足该要求，且不会出现其他错误</translation>
    </message>
    <message>
        <source>Accepted as a known risk; to be confirmed by the change board</source>
        <translation>作为已知风险接受；待变更委员会确认</translation>
    </message>
    <message>
        <source>Waive %1 until %2, recording who accepts it and why (the conflict stays listed as waived)</source>
        <translation>豁免 %1 直到 %2，并记录接受人及原因（该冲突仍以已豁免状态列出）</translation>
    </message>
    <message>
        <source>Waive %1, recording who accepts it and why (the conflict stays listed as waived)</source>
        <translation>豁免 %1，并记录接受人及原因（该冲突仍以已豁免状态列出）</translation>
    </message>
</context>
<context>
    <name>planner::CmdbCsv</name>
    <message>
        <source>%1 more rows like that, the last: %2</source>
        <translation>另有 %1 行类似情况，最后一行：%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; for the %2 (columns: %3)</source>
        <translation>没有用于%2的列“%1”（列：%3）</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; for the version (columns: %2)</source>
        <translation>没有用于版本的列“%1”（列：%2）</translation>
    </message>
    <message>
        <source>no column holds the components&apos; keys or names: the header needs sys_id, id or name, or a mapping that names the column (columns: %1)</source>
        <translation>没有包含组件键或名称的列：表头需要 sys_id、id 或 name，或者使用指明该列的映射（列：%1）</translation>
    </message>
    <message>
        <source>no version column: every component is recorded at version 0</source>
        <translation>没有版本列：所有组件都记录为版本 0</translation>
    </message>
    <message>
        <source>no key and no name; the row is left out</source>
        <translation>没有键也没有名称；已略去该行</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is on line %2 too; this row is left out</source>
        <translation>键“%1”也出现在第 %2 行；已略去该行</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; cannot be read as a version (%2); left out</source>
        <translation>无法将目标“%1”读取为版本（%2）；已略去</translation>
    </message>
    <message>
        <source>criticality &apos;%1&apos; is not known (1 - most critical to 4 - not critical, or critical high medium low); recorded as medium</source>
        <translation>未知的关键程度“%1”（1 - 最关键 至 4 - 不关键，或 critical high medium low）；记录为中</translation>
    </message>
    <message>
        <source>no class; imported as kind &apos;other&apos; (rows without a class: %1)</source>
        <translation>没有类；导入为类型“other”（没有类的行：%1）</translation>
    </message>
    <message>
        <source>class &apos;%1&apos; is not known; imported as kind &apos;other&apos; (rows of this class: %2; a mapping file&apos;s &quot;classes&quot; can name its kind)</source>
        <translation>未知的类“%1”；导入为类型“other”（此类的行：%2；映射文件的 &quot;classes&quot; 可指定其类型）</translation>
    </message>
    <message>
        <source>no version; recorded as 0 until the real one is entered</source>
        <translation>没有版本；在录入实际版本之前记录为 0</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; read as &apos;%2&apos;</source>
        <translation>版本“%1”读取为“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version (%2); recorded as 0</source>
        <translation>无法将“%1”读取为版本（%2）；记录为 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes; %2 left out</source>
        <translation>“%1”不是分钟数；已略去 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD); backup.lastRestoreTest left out</source>
        <translation>“%1”不是日期（YYYY-MM-DD）；已略去 backup.lastRestoreTest</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (columns: %2)</source>
        <translation>没有列“%1”（列：%2）</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父项</translation>
    </message>
    <message>
        <source>child</source>
        <translation>子项</translation>
    </message>
    <message>
        <source>no %1; the relation is left out</source>
        <translation>没有%1；已略去该关系</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a component of the components file; the relation is left out</source>
        <translation>%1“%2”不是组件文件中的组件；已略去该关系</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names several components (give the sys_id); the relation is left out</source>
        <translation>%1“%2”对应多个组件（请提供 sys_id）；已略去该关系</translation>
    </message>
    <message>
        <source>relation type &apos;%1&apos; is not known; read as &apos;%2&apos;, the parent depending on the child</source>
        <translation>未知的关系类型“%1”；读取为“%2”，即父项依赖子项</translation>
    </message>
    <message>
        <source>&apos;%1&apos; relates to itself; left out</source>
        <translation>“%1”与自身相关；已略去</translation>
    </message>
    <message>
        <source>the %1 file does not exist</source>
        <translation>%1 文件不存在</translation>
    </message>
    <message>
        <source>the file is not UTF-8; read as Latin-1</source>
        <translation>文件不是 UTF-8 编码；按 Latin-1 读取</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8; read as Latin-1</source>
        <translation>%1：文件不是 UTF-8 编码；按 Latin-1 读取</translation>
    </message>
    <message>
        <source>Key (id)</source>
        <translation>键（ID）</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind / class</source>
        <translation>类型 / 类</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Site / location</source>
        <translation>站点 / 位置</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>关键程度</translation>
    </message>
    <message>
        <source>must be a column name (a string) or null</source>
        <translation>必须是列名（字符串）或 null</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>unknown field (fields: %1)</source>
        <translation>未知字段（字段：%1）</translation>
    </message>
    <message>
        <source>is not &quot;upgrade-planner-csv-mapping&quot;</source>
        <translation>不是 &quot;upgrade-planner-csv-mapping&quot;</translation>
    </message>
    <message>
        <source>only version 1 is known</source>
        <translation>仅支持版本 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a separator: use &quot;,&quot;, &quot;;&quot;, &quot;|&quot; or &quot;tab&quot;</source>
        <translation>“%1”不是分隔符：请使用 &quot;,&quot;、&quot;;&quot;、&quot;|&quot; 或 &quot;tab&quot;</translation>
    </message>
    <message>
        <source>must be a list of column names</source>
        <translation>必须是列名列表</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>unknown field (fields: parent, child, type)</source>
        <translation>未知字段（字段：parent、child、type）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (kinds: %2)</source>
        <translation>“%1”不是类型（类型：%2）</translation>
    </message>
    <message>
        <source>unknown field (fields: type, from)</source>
        <translation>未知字段（字段：type、from）</translation>
    </message>
    <message>
        <source>must be &quot;parent&quot; or &quot;child&quot;</source>
        <translation>必须是 &quot;parent&quot; 或 &quot;child&quot;</translation>
    </message>
    <message>
        <source>names no dependency type</source>
        <translation>未指定依赖类型</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>偏移量 %1</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object</source>
        <translation>映射文件是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>planner::ComparisonPage</name>
    <message>
        <source>Accept as estimates</source>
        <translation>采纳为估算</translation>
    </message>
    <message>
        <source>Step / kind</source>
        <translation>步骤 / 类型</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Actual / planned</source>
        <translation>实际 / 计划</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Planned / actual minutes of each phase</source>
        <translation>每个阶段的计划 / 实际分钟数</translation>
    </message>
    <message>
        <source>Store the average actual minutes per kind as the estimates the next plan uses (one undo step)</source>
        <translation>将每种类型的平均实际分钟数存储为下一个计划使用的估算（一个撤销步骤）</translation>
    </message>
    <message>
        <source>Accepted estimates per kind: the schedule uses them before the built-in defaults (a component&apos;s own figure still comes first).</source>
        <translation>按类型采纳的估算：排期时优先于内置默认值使用（组件自身的数值仍然最优先）。</translation>
    </message>
    <message>
        <source>Nothing is recorded yet: enter actual phase times in Upgrade record.</source>
        <translation>尚无任何记录：请在“升级记录”中输入各阶段的实际时间。</translation>
    </message>
    <message>
        <source>%1 recorded steps. Planned minutes count only the phases with an actual, so the two compare. Red: took more than 120 % of the plan.</source>
        <translation>%1 个已记录的步骤。计划分钟数只计入有实际值的阶段，以便两者可比。红色：耗时超过计划的 120%。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Kinds (averages)</source>
        <translation>类型（平均值）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step)</source>
        <translation>
            <numerusform>%1（%n 个步骤）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n steps)</source>
        <translation>
            <numerusform>%1（%n 个步骤）</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept actual durations as estimates</source>
        <translation>将实际时长采纳为估算</translation>
    </message>
</context>
<context>
    <name>planner::ComponentDetailsPanel</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Unique id: letters, digits and . _ : - . Renaming it renames every dependency and process that refers to it.</source>
        <translation>唯一 ID：字母、数字和 . _ : - 。重命名会同时重命名引用它的所有依赖关系和流程。</translation>
    </message>
    <message>
        <source>Catalog key such as “postgresql”: rules and releases of the product apply to this component.</source>
        <translation>目录键，例如“postgresql”：该产品的规则和发布版本适用于此组件。</translation>
    </message>
    <message>
        <source>none: stays at its version</source>
        <translation>无：保持当前版本</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Criticality:</source>
        <translation>关键程度(&amp;C)：</translation>
    </message>
    <message>
        <source>Upgrade step</source>
        <translation>升级步骤</translation>
    </message>
    <message>
        <source>Prepare:</source>
        <translation>准备：</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Execute:</source>
        <translation>执行：</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>回滚：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Reversible without restoring the backup</source>
        <translation>无需恢复备份即可回退</translation>
    </message>
    <message>
        <source>e.g. dba, linux-admin</source>
        <translation>例如 dba、linux-admin</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>e.g. pg_basebackup, VM snapshot</source>
        <translation>例如 pg_basebackup、虚拟机快照</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Last restore test:</source>
        <translation>上次恢复测试：</translation>
    </message>
    <message>
        <source>Restore takes:</source>
        <translation>恢复所需时间：</translation>
    </message>
    <message>
        <source>No component selected. Select a row in the inventory to see and edit all of its fields here.</source>
        <translation>未选择组件。在清单中选择一行，即可在此查看和编辑其所有字段。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>default (%1 min)</source>
        <translation>默认（%1 分钟）</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>版本：%1</translation>
    </message>
</context>
<context>
    <name>planner::ComponentTableModel</name>
    <message>
        <source>… and %1 more</source>
        <translation>… 以及另外 %1 个</translation>
    </message>
    <message>
        <source>Unknown site “%1”</source>
        <translation>未知站点“%1”</translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2</source>
        <translation>从 %1 升级到 %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>关键程度</translation>
    </message>
    <message>
        <source>Unknown kind “%1”.</source>
        <translation>未知类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown criticality “%1”.</source>
        <translation>未知关键程度“%1”。</translation>
    </message>
    <message>
        <source>Version of %1: %2</source>
        <translation>%1 的版本：%2</translation>
    </message>
    <message>
        <source>Target of %1: %2</source>
        <translation>%1 的目标：%2</translation>
    </message>
</context>
<context>
    <name>planner::ConflictTableModel</name>
    <message>
        <source>✓ waived</source>
        <translation>✓ 已豁免</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>组件：%1</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Unsatisfied requirement</source>
        <translation>未满足的要求</translation>
    </message>
    <message>
        <source>No upgrade path</source>
        <translation>无升级路径</translation>
    </message>
    <message>
        <source>Dependency cycle</source>
        <translation>依赖循环</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>停止支持</translation>
    </message>
    <message>
        <source>Site drift</source>
        <translation>站点偏差</translation>
    </message>
    <message>
        <source>Unknown reference</source>
        <translation>未知引用</translation>
    </message>
    <message>
        <source>Untested backup</source>
        <translation>未测试的备份</translation>
    </message>
    <message>
        <source>Irreversible without restore</source>
        <translation>不恢复则不可逆</translation>
    </message>
    <message>
        <source>Schedule: no window fits</source>
        <translation>排期：没有合适的窗口</translation>
    </message>
    <message>
        <source>Schedule: freeze</source>
        <translation>排期：变更冻结期</translation>
    </message>
    <message>
        <source>Schedule: business peak</source>
        <translation>排期：业务高峰期</translation>
    </message>
    <message>
        <source>Schedule: staff unavailable</source>
        <translation>排期：人员不可用</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中间</translation>
    </message>
</context>
<context>
    <name>planner::ConflictsPanel</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Compatibility findings</source>
        <translation>兼容性问题</translation>
    </message>
    <message>
        <source>Scheduling findings</source>
        <translation>排期问题</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有严重性</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Search message or component</source>
        <translation>搜索消息或组件</translation>
    </message>
    <message>
        <source>Hide waived</source>
        <translation>隐藏已豁免</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <source>Accept the selected conflicts for a while, with a reason</source>
        <translation>附上理由，在一段时间内接受所选冲突</translation>
    </message>
    <message>
        <source>Withdraw Waiver</source>
        <translation>撤销豁免</translation>
    </message>
    <message>
        <source>Make the selected waived conflicts count again</source>
        <translation>使所选的已豁免冲突重新计入</translation>
    </message>
    <message>
        <source>Select Components</source>
        <translation>选择组件</translation>
    </message>
    <message>
        <source>Select the components of the selected conflicts in every view</source>
        <translation>在所有视图中选择所选冲突涉及的组件</translation>
    </message>
    <message>
        <source>Edit Waiver…</source>
        <translation>编辑豁免…</translation>
    </message>
    <message>
        <source>Change the reason or the expiry of the waiver</source>
        <translation>更改豁免的理由或到期时间</translation>
    </message>
    <message>
        <source>Copy Message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Edit Waiver</source>
        <translation>编辑豁免</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>无冲突</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waived</source>
        <translation>
            <numerusform>%n 个已豁免</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the schedule</source>
        <translation>
            <numerusform>%n 个来自排期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>Select a conflict to read it in full and to select its components in the other views.</source>
        <translation>选择一个冲突以查看其完整内容，并在其他视图中选择其组件。</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>组件：%1</translation>
    </message>
    <message>
        <source>Waived until %1: %2</source>
        <translation>豁免至 %1：%2</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>已豁免：%1</translation>
    </message>
    <message>
        <source>%1 conflicts selected</source>
        <translation>已选择 %1 个冲突</translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflict</source>
        <translation>
            <numerusform>豁免 %n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflicts</source>
        <translation>
            <numerusform>豁免 %n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waived %n conflict; the check runs again.</source>
        <translation>
            <numerusform>已豁免 %n 个冲突；将重新运行检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waived %n conflicts; the check runs again.</source>
        <translation>
            <numerusform>已豁免 %n 个冲突；将重新运行检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n waiver</source>
        <translation>
            <numerusform>撤销 %n 个豁免</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n waivers</source>
        <translation>
            <numerusform>撤销 %n 个豁免</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ContextMenuController</name>
    <message>
        <source>Show in &amp;Graph</source>
        <translation>在依赖关系图中显示(&amp;G)</translation>
    </message>
    <message>
        <source>Switch to the graph, centred on this component</source>
        <translation>切换到依赖关系图，并以此组件为中心</translation>
    </message>
</context>
<context>
    <name>planner::CsvMappingDialog</name>
    <message>
        <source>The column that identifies each row in the CMDB (ServiceNow: sys_id). The relations file names rows by it; it is kept as the component&apos;s external id so a later import updates the same component.</source>
        <translation>CMDB 中标识每一行的列（ServiceNow：sys_id）。关系文件按此列引用行；它会保留为组件的外部 ID，以便之后导入时更新同一个组件。</translation>
    </message>
    <message>
        <source>The name people know the component by (a host name, an application&apos;s name).</source>
        <translation>人们熟知的组件名称（主机名、应用程序名称）。</translation>
    </message>
    <message>
        <source>The class or type (ServiceNow: sys_class_name). Common classes become server, database, network...; others become &apos;other&apos; with a warning.</source>
        <translation>类或类型（ServiceNow：sys_class_name）。常见的类会转换为 server、database、network……；其他的类会转换为“other”并给出警告。</translation>
    </message>
    <message>
        <source>The version running today. Rows without one get version 0 and a warning.</source>
        <translation>当前运行的版本。没有版本的行会得到版本 0 并给出警告。</translation>
    </message>
    <message>
        <source>The version to upgrade to, if the file has it.</source>
        <translation>要升级到的版本（如果文件中有）。</translation>
    </message>
    <message>
        <source>The product (ServiceNow: model_id), the key of the catalog of releases.</source>
        <translation>产品（ServiceNow：model_id），即发布版本目录的键。</translation>
    </message>
    <message>
        <source>The site or data centre (ServiceNow: location).</source>
        <translation>站点或数据中心（ServiceNow：location）。</translation>
    </message>
    <message>
        <source>The team or person responsible (ServiceNow: support_group or owned_by).</source>
        <translation>负责的团队或人员（ServiceNow：support_group 或 owned_by）。</translation>
    </message>
    <message>
        <source>How critical it is: 1 - most critical to 4 - not critical, or critical, high, medium, low.</source>
        <translation>关键程度：1 - 最关键 至 4 - 不关键，或 critical、high、medium、low。</translation>
    </message>
    <message>
        <source>Make component ids from the &amp;names</source>
        <translation>根据名称生成组件 ID(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>保存映射(&amp;S)...</translation>
    </message>
    <message>
        <source>Import CSV: %1</source>
        <translation>导入 CSV：%1</translation>
    </message>
    <message>
        <source>Choose which column of the file holds each field. Only the key or the name is needed; a field set to (none) is not imported, and an import into an existing project leaves it as it is there.</source>
        <translation>选择文件中的哪一列对应每个字段。只需要键或名称；设为（无）的字段不会导入，导入到现有项目时该字段保持不变。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <translation>竖线 (|)</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>分隔符(&amp;E)：</translation>
    </message>
    <message>
        <source>Readable ids such as &apos;web-prod-01&apos; instead of the key (a ServiceNow sys_id is a 32-digit number); the key stays the external id.</source>
        <translation>使用“web-prod-01”这类可读的 ID 代替键（ServiceNow 的 sys_id 是 32 位数字）；键仍作为外部 ID。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>optional, e.g. cmdb_rel_ci.csv</source>
        <translation>可选，例如 cmdb_rel_ci.csv</translation>
    </message>
    <message>
        <source>A second CSV file with the relations between the components (ServiceNow&apos;s cmdb_rel_ci: parent, child, type such as &quot;Runs on::Runs&quot;). Rows are named by key or by name.</source>
        <translation>第二个 CSV 文件，包含组件之间的关系（ServiceNow 的 cmdb_rel_ci：parent、child、type，例如 &quot;Runs on::Runs&quot;）。行按键或名称引用。</translation>
    </message>
    <message>
        <source>&amp;Relations file:</source>
        <translation>关系文件(&amp;R)：</translation>
    </message>
    <message>
        <source>The file (first rows):</source>
        <translation>文件（前几行）：</translation>
    </message>
    <message>
        <source>As imported (first components):</source>
        <translation>导入结果（前几个组件）：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>Components: %1, dependencies: %2, warnings: %3 (hover to read them)</source>
        <translation>组件：%1，依赖关系：%2，警告：%3（悬停以查看）</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>第一个：%1</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... 以及另外 %1 个</translation>
    </message>
    <message>
        <source>Relations File</source>
        <translation>关系文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>映射文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>无法保存映射：%1</translation>
    </message>
    <message>
        <source>Mapping saved to %1; use it with --mapping on the command line.</source>
        <translation>映射已保存到 %1；可在命令行中通过 --mapping 使用。</translation>
    </message>
</context>
<context>
    <name>planner::CsvText</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1 fields, but the header names %2 columns (a separator inside a field that is not quoted?)</source>
        <translation>有 %1 个字段，但表头指定了 %2 列（字段中有未加引号的分隔符？）</translation>
    </message>
    <message>
        <source>a quoted field starts here and is never closed (a missing quote?)</source>
        <translation>带引号的字段从此处开始但从未闭合（缺少引号？）</translation>
    </message>
    <message>
        <source>no header line: the file holds no text</source>
        <translation>没有表头行：文件不含任何文本</translation>
    </message>
</context>
<context>
    <name>planner::CycloneDx</name>
    <message>
        <source>a CycloneDX BOM is a JSON object</source>
        <translation>CycloneDX BOM 是 JSON 对象</translation>
    </message>
    <message>
        <source>is not &quot;CycloneDX&quot;</source>
        <translation>不是 &quot;CycloneDX&quot;</translation>
    </message>
    <message>
        <source>specification %1 is not one of 1.2 to 1.6; read as 1.6</source>
        <translation>规范版本 %1 不在 1.2 至 1.6 之间；按 1.6 读取</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>no type; imported as kind &apos;other&apos;</source>
        <translation>没有类型；导入为类型“other”</translation>
    </message>
    <message>
        <source>unknown type &apos;%1&apos;; imported as kind &apos;other&apos;</source>
        <translation>未知类型“%1”；导入为类型“other”</translation>
    </message>
    <message>
        <source>no version; recorded as 0 until the real one is entered</source>
        <translation>没有版本；在录入实际版本之前记录为 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version (%2); recorded as 0</source>
        <translation>无法将“%1”读取为版本（%2）；记录为 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the bom-ref of another component too; dependencies name the first</source>
        <translation>“%1”也是另一个组件的 bom-ref；依赖关系指向第一个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component or service of this BOM; its dependencies are left out</source>
        <translation>“%1”不是此 BOM 的组件或服务；已略去其依赖关系</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a component or service of this BOM; left out</source>
        <translation>“%1”不是此 BOM 的组件或服务；已略去</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; left out</source>
        <translation>“%1”依赖自身；已略去</translation>
    </message>
</context>
<context>
    <name>planner::DependenciesPanel</name>
    <message>
        <source>Only the selected component</source>
        <translation>仅所选组件</translation>
    </message>
    <message>
        <source>&amp;Select Both Ends</source>
        <translation>选择两端(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Range…</source>
        <translation>编辑范围(&amp;R)…</translation>
    </message>
    <message>
        <source>Select the component that depends and the one it needs, in every view</source>
        <translation>在所有视图中选择依赖方组件及其所需组件</translation>
    </message>
    <message>
        <source>Change which versions of the needed component will do</source>
        <translation>更改所需组件的哪些版本可以满足要求</translation>
    </message>
    <message>
        <source>1 dependency</source>
        <translation>1 个依赖关系</translation>
    </message>
    <message>
        <source>%1 dependencies</source>
        <translation>%1 个依赖关系</translation>
    </message>
    <message>
        <source>1 dependency of %1</source>
        <translation>%1 的 1 个依赖关系</translation>
    </message>
    <message>
        <source>%1 dependencies of %2</source>
        <translation>%2 的 %1 个依赖关系</translation>
    </message>
</context>
<context>
    <name>planner::DependencyTableModel</name>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>No component has the id “%1”</source>
        <translation>没有 ID 为“%1”的组件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Version range</source>
        <translation>版本范围</translation>
    </message>
    <message>
        <source>No component has the id “%1”.</source>
        <translation>没有 ID 为“%1”的组件。</translation>
    </message>
    <message>
        <source>A dependency needs a type, such as “uses”.</source>
        <translation>依赖关系需要类型，例如“uses”。</translation>
    </message>
    <message>
        <source>Version range “%1”: %2</source>
        <translation>版本范围“%1”：%2</translation>
    </message>
</context>
<context>
    <name>planner::Document</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Untitled (imported from %1)</source>
        <translation>未命名（从 %1 导入）</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>the document has no project file yet; use Save As</source>
        <translation>该文档还没有项目文件；请使用“另存为”</translation>
    </message>
    <message>
        <source>opened read-only; use Save As</source>
        <translation>以只读方式打开；请使用“另存为”</translation>
    </message>
    <message>
        <source>opened read-only, as %1 has it open; use Save As</source>
        <translation>以只读方式打开，因为 %1 已打开它；请使用“另存为”</translation>
    </message>
    <message>
        <source>%1 (shared on %2)</source>
        <translation>%1（共享于 %2）</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>%1 saved the project meanwhile and changed the same things; nothing was written:
%2</source>
        <translation>%1 在此期间保存了项目，并更改了相同的内容；未写入任何内容：
%2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>not a shared project</source>
        <translation>不是共享项目</translation>
    </message>
</context>
<context>
    <name>planner::EditConflictDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <translation>双方均已更改</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%1 saved the shared project while you were editing it (it is now at revision %2). Their other changes and yours are combined; %n element(s) were changed on both sides, each differently.&lt;/p&gt;&lt;p&gt;Choose whose version to keep for each, then Save. Cancel writes nothing and keeps your changes unsaved.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;在您编辑期间，%1 保存了共享项目（现为修订 %2）。对方的其他更改与您的更改已合并；有 %n 个元素被双方以不同方式更改。&lt;/p&gt;&lt;p&gt;请为每项选择保留谁的版本，然后保存。取消不会写入任何内容，您的更改仍未保存。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>您的更改</translation>
    </message>
    <message>
        <source>Their change</source>
        <translation>对方的更改</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>为 %1 保留</translation>
    </message>
    <message>
        <source>Keep All &amp;Yours</source>
        <translation>全部保留您的(&amp;Y)</translation>
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation>全部保留对方的(&amp;T)</translation>
    </message>
</context>
<context>
    <name>planner::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Add Component</source>
        <translation>添加组件(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Components</source>
        <translation>删除组件(&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;Dependency...</source>
        <translation>添加依赖关系(&amp;D)...</translation>
    </message>
    <message>
        <source>Remove Dependencies</source>
        <translation>删除依赖关系</translation>
    </message>
    <message>
        <source>Add a component to the inventory</source>
        <translation>向清单中添加组件</translation>
    </message>
    <message>
        <source>Remove the selected components and the dependencies that touch them</source>
        <translation>删除所选组件以及与其相关的依赖关系</translation>
    </message>
    <message>
        <source>Say that one component needs another</source>
        <translation>声明一个组件需要另一个组件</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <source>Re&amp;move %1 Components</source>
        <translation>删除 %1 个组件(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;move Component</source>
        <translation>删除组件(&amp;M)</translation>
    </message>
    <message>
        <source>The components were selected through a conflict or the plan: select them in the inventory or the graph to remove them</source>
        <translation>这些组件是通过冲突或计划选中的：请在清单或依赖关系图中选择它们以将其删除</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>新组件</translation>
    </message>
</context>
<context>
    <name>planner::ExchangeController</name>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Read a CMDB export, an SBOM, a GraphML graph or an estate file, as a new project or merged into this one</source>
        <translation>读取 CMDB 导出文件、SBOM、GraphML 图或 IT 资产文件，作为新项目打开或合并到当前项目</translation>
    </message>
    <message>
        <source>Write the estate as GraphML, DOT, CSV, JSON, SVG, PNG or a calendar</source>
        <translation>将 IT 资产写出为 GraphML、DOT、CSV、JSON、SVG、PNG 或日历</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2, or open it as a new project?</source>
        <translation>将 %1 合并到 %2，还是作为新项目打开？</translation>
    </message>
    <message>
        <source>Merging matches components by id, updates what the file knows and adds what is new; you see every change first, and Undo takes it back.</source>
        <translation>合并时按 ID 匹配组件，更新文件中已知的内容并添加新内容；您会先看到每项更改，且可通过“撤销”还原。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Open as New Project</source>
        <translation>作为新项目打开</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 components, %4 dependencies</source>
        <translation>已导入 %1（%2）：%3 个组件，%4 个依赖关系</translation>
    </message>
    <message>
        <source>Imported %1 (%2); first of %3 warnings: %4</source>
        <translation>已导入 %1（%2）；%3 条警告中的第一条：%4</translation>
    </message>
    <message>
        <source>%1 holds nothing the project does not have</source>
        <translation>%1 中没有项目尚未包含的内容</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 fields updated, %4 removed</source>
        <translation>已合并 %1：添加 %2 项，更新 %3 个字段，删除 %4 项</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>导出为 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import of %1 cancelled</source>
        <translation>已取消导入 %1</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
</context>
<context>
    <name>planner::ExportPlanDialog</name>
    <message>
        <source>plan.json — the plan approvals sign (always written)</source>
        <translation>plan.json — 批准所签署的计划（始终写入）</translation>
    </message>
    <message>
        <source>plan.pdf — the document for the change board</source>
        <translation>plan.pdf — 提交给变更委员会的文档</translation>
    </message>
    <message>
        <source>plan.ics — the maintenance windows, for calendars</source>
        <translation>plan.ics — 用于日历的维护窗口</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A new folder, or one holding this very plan</source>
        <translation>新文件夹，或包含此计划本身的文件夹</translation>
    </message>
    <message>
        <source>Optional: the plan.json of the version before, to list what changed</source>
        <translation>可选：上一版本的 plan.json，用于列出变更内容</translation>
    </message>
    <message>
        <source>Optional, comma-separated: change-manager, service-owner</source>
        <translation>可选，以逗号分隔：change-manager、service-owner</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature page leaves a line for each of these roles.</source>
        <translation>PDF 的签名页会为每个角色留出一行签名位置。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Writes the plan the change board approves into a folder. Approvers then sign plan.json (File &gt; Sign Plan); any change to the plan afterwards shows when it is verified.</source>
        <translation>将变更委员会批准的计划写入文件夹。然后由批准人签署 plan.json（文件 &gt; 签署计划）；之后对计划的任何更改都会在验证时显示出来。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Pre&amp;vious plan:</source>
        <translation>上一计划(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Roles to sign:</source>
        <translation>需签名的角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation>已写入的文件：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Plan Folder</source>
        <translation>计划文件夹</translation>
    </message>
    <message>
        <source>Previous Plan</source>
        <translation>上一计划</translation>
    </message>
    <message>
        <source>Plans (plan.json *.json);;All files (*)</source>
        <translation>计划 (plan.json *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a folder for the plan.</source>
        <translation>请为计划选择文件夹。</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>正在导出计划…</translation>
    </message>
    <message>
        <source>Checking, ordering and scheduling…</source>
        <translation>正在检查、排序和排期…</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>未写入任何内容。%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b6e2a&apos;&gt;Ready for approval.&lt;/b&gt; Every readiness check passes.</source>
        <translation>&lt;b style=&apos;color:#1b6e2a&apos;&gt;可提交批准。&lt;/b&gt;所有就绪检查均已通过。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b01c1c&apos;&gt;Not ready for approval.&lt;/b&gt; Written anyway; these checks fail:</source>
        <translation>&lt;b style=&apos;color:#b01c1c&apos;&gt;不可提交批准。&lt;/b&gt;仍已写入；以下检查未通过：</translation>
    </message>
    <message>
        <source>The folder held this very plan: plan.json was kept with its approvals (%1), and the PDF shows them.</source>
        <translation>该文件夹包含此计划本身：plan.json 连同其批准（%1）均已保留，PDF 中会显示这些批准。</translation>
    </message>
    <message>
        <source>Changes since the previous plan: %1, listed in the PDF.</source>
        <translation>自上一计划以来的变更：%1，已在 PDF 中列出。</translation>
    </message>
    <message>
        <source>Plan SHA-256: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>计划 SHA-256：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Project history: %1</source>
        <translation>项目历史：%1</translation>
    </message>
</context>
<context>
    <name>planner::FileController</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Start an empty estate</source>
        <translation>新建空的 IT 资产</translation>
    </message>
    <message>
        <source>Open a project (.uplan) or import an estate (.json)</source>
        <translation>打开项目（.uplan）或导入 IT 资产（.json）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before continuing?</source>
        <translation>“%1”有未保存的更改。是否在继续之前保存？</translation>
    </message>
    <message>
        <source>New estate</source>
        <translation>新 IT 资产</translation>
    </message>
    <message>
        <source>Open Project or Estate</source>
        <translation>打开项目或 IT 资产</translation>
    </message>
    <message>
        <source>Cannot Open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Opened %1; first of %2 warnings: %3</source>
        <translation>已打开 %1；%2 条警告中的第一条：%3</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Upgrade Planner projects (*.uplan)</source>
        <translation>Upgrade Planner 项目 (*.uplan)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Project In Use</source>
        <translation>项目正在使用</translation>
    </message>
    <message>
        <source>%1 is open in another Upgrade Planner: %2.</source>
        <translation>%1 已在另一个 Upgrade Planner 中打开：%2。</translation>
    </message>
    <message>
        <source>Open it read-only to look at it; Save As then makes a copy of your own. Only the workbench that has it open saves it.</source>
        <translation>以只读方式打开以查看；之后“另存为”会生成您自己的副本。只有打开它的工作台才能保存它。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Project Changed on Disk</source>
        <translation>项目在磁盘上已更改</translation>
    </message>
    <message>
        <source>%1 was deleted or moved since you opened it.</source>
        <translation>自您打开以来，%1 已被删除或移动。</translation>
    </message>
    <message>
        <source>%1 was changed on disk since you opened or last saved it, by another program or command.</source>
        <translation>自您打开或上次保存以来，%1 已被其他程序或命令在磁盘上更改。</translation>
    </message>
    <message>
        <source>Save writes your project there again; Save As puts it elsewhere.</source>
        <translation>“保存”将项目重新写到那里；“另存为”将其放到别处。</translation>
    </message>
    <message>
        <source>Overwrite replaces those changes with yours; Save As keeps both.</source>
        <translation>“覆盖”用您的更改替换那些更改；“另存为”保留两者。</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Open S&amp;hared Project...</source>
        <translation>打开共享项目(&amp;H)...</translation>
    </message>
    <message>
        <source>Open a team&apos;s shared project on a PostgreSQL server</source>
        <translation>打开团队在 PostgreSQL 服务器上的共享项目</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（共享）</translation>
    </message>
    <message>
        <source>Open Shared Project</source>
        <translation>打开共享项目</translation>
    </message>
    <message>
        <source>The shared project&apos;s URL:
postgresql://USER@HOST:PORT/DATABASE?project=NAME

The password comes from ~/.pgpass or PGPASSWORD, never from the URL.</source>
        <translation>共享项目的 URL：
postgresql://用户@主机:端口/数据库?project=名称

密码来自 ~/.pgpass 或 PGPASSWORD，绝不来自 URL。</translation>
    </message>
    <message>
        <source>Not a Shared Project&apos;s URL</source>
        <translation>不是共享项目的 URL</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>%1 saved the shared project (revision %2); it is shown as saved</source>
        <translation>%1 保存了共享项目（修订 %2）；现显示已保存的内容</translation>
    </message>
    <message>
        <source>Shared Project Changed</source>
        <translation>共享项目已更改</translation>
    </message>
    <message>
        <source>Someone else saved %1 since you opened or last saved it.</source>
        <translation>自您打开或上次保存以来，其他人保存了 %1。</translation>
    </message>
    <message>
        <source>%1 saved the shared project (revision %2); Save combines your changes with theirs and asks about anything you both changed</source>
        <translation>%1 保存了共享项目（修订 %2）；保存时会合并您和对方的更改，并就双方都改过的内容询问您</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2</source>
        <translation>已将 %1 保存为修订 %2</translation>
    </message>
    <message>
        <source>Saved %1 as revision %2, together with the changes %3 saved meanwhile (%4 of theirs, %5 of yours kept)</source>
        <translation>已将 %1 保存为修订 %2，并合并了 %3 在此期间保存的更改（保留对方 %4 项、您的 %5 项）</translation>
    </message>
    <message>
        <source>others</source>
        <translation>其他人</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n element(s) changed on both sides wait for your choice</source>
        <translation>
            <numerusform>未保存：%n 个双方都更改过的元素等待您选择</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1&apos;s changes…</source>
        <translation>正在读取 %1 的更改…</translation>
    </message>
    <message>
        <source>Cannot Read the Shared Project</source>
        <translation>无法读取共享项目</translation>
    </message>
    <message>
        <source>%1 was replaced by another file since you opened or last saved it (moved or copied into its place).</source>
        <translation>自您打开或上次保存以来，%1 已被另一个文件替换（被移动或复制到其位置）。</translation>
    </message>
</context>
<context>
    <name>planner::FileFormats</name>
    <message>
        <source>CSV (CMDB export)</source>
        <translation>CSV（CMDB 导出）</translation>
    </message>
    <message>
        <source>components (and relations) from a CMDB export such as ServiceNow&apos;s cmdb_ci and cmdb_rel_ci; writes the components or the plan&apos;s steps</source>
        <translation>来自 CMDB 导出（例如 ServiceNow 的 cmdb_ci 和 cmdb_rel_ci）的组件（及关系）；写出组件或计划步骤</translation>
    </message>
    <message>
        <source>the relations as CSV (parent,child,type as in cmdb_rel_ci); a relative path is taken from the components file&apos;s folder</source>
        <translation>CSV 格式的关系（parent,child,type，与 cmdb_rel_ci 相同）；相对路径以组件文件所在文件夹为基准</translation>
    </message>
    <message>
        <source>a column mapping (JSON, as the import dialog saves it) for columns other than ServiceNow&apos;s</source>
        <translation>列映射（JSON，与导入对话框保存的格式相同），用于 ServiceNow 以外的列</translation>
    </message>
    <message>
        <source>components: one row per component with every field; steps: the plan&apos;s steps with wave, window and times</source>
        <translation>components：每个组件一行，包含所有字段；steps：计划步骤，包含批次、窗口和时间</translation>
    </message>
    <message>
        <source>the field separator</source>
        <translation>字段分隔符</translation>
    </message>
    <message>
        <source>CycloneDX SBOM (JSON)</source>
        <translation>CycloneDX SBOM（JSON）</translation>
    </message>
    <message>
        <source>a CycloneDX bill of materials, JSON 1.2 to 1.6: components, services and their dependencies</source>
        <translation>CycloneDX 物料清单，JSON 1.2 至 1.6：组件、服务及其依赖关系</translation>
    </message>
    <message>
        <source>Upgrade Planner estate JSON</source>
        <translation>Upgrade Planner IT 资产 JSON</translation>
    </message>
    <message>
        <source>estate interchange JSON, format version 1</source>
        <translation>IT 资产交换 JSON，格式版本 1</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 绘图</translation>
    </message>
    <message>
        <source>the dependency graph as SVG, as the graph view draws it</source>
        <translation>SVG 格式的依赖关系图，与图视图中的绘制效果相同</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>the dependency graph as PNG at 100 % (at most 8000 pixels wide or high)</source>
        <translation>PNG 格式的依赖关系图，100% 比例（宽或高最多 8000 像素）</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>所有支持的文件 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>takes no option &apos;%1&apos; when %2</source>
        <translation>%2时不接受选项“%1”</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>has no option &apos;%1&apos; when %2 (options: %3)</source>
        <translation>%2时没有选项“%1”（选项：%3）</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes %2, not &apos;%3&apos;</source>
        <translation>选项“%1”的取值应为 %2，而不是“%3”</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>the dependency graph as GraphML (yEd, Gephi, networkx)</source>
        <translation>GraphML 格式的依赖关系图（yEd、Gephi、networkx）</translation>
    </message>
    <message>
        <source>add yEd&apos;s drawing of each node and edge (boxes filled by criticality, labels)</source>
        <translation>添加 yEd 对每个节点和边的绘制信息（按关键程度填充的方框、标签）</translation>
    </message>
    <message>
        <source>where the boxes start in yEd: as the graph view lays them out, or in a plain grid (faster for very large estates)</source>
        <translation>方框在 yEd 中的初始位置：按图视图的布局，或按简单网格排列（对非常大的 IT 资产更快）</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>the dependency graph in Graphviz DOT (render it with dot)</source>
        <translation>Graphviz DOT 格式的依赖关系图（使用 dot 渲染）</translation>
    </message>
    <message>
        <source>direction of the arrows: TB draws what depends on others at the top and what they depend on below, as the graph view does</source>
        <translation>箭头方向：TB 将依赖其他对象的组件绘制在上方，将被依赖的组件绘制在下方，与图视图一致</translation>
    </message>
    <message>
        <source>draw a box around each site&apos;s components</source>
        <translation>在每个站点的组件周围绘制方框</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>the schedule as an iCalendar file: one event per used window</source>
        <translation>iCalendar 格式的排期文件：每个使用的窗口对应一个事件</translation>
    </message>
    <message>
        <source>Upgrade Planner project</source>
        <translation>Upgrade Planner 项目</translation>
    </message>
    <message>
        <source>an Upgrade Planner project (SQLite database)</source>
        <translation>Upgrade Planner 项目（SQLite 数据库）</translation>
    </message>
</context>
<context>
    <name>planner::FixesPanel</name>
    <message>
        <source>Looking for the smallest fixes…</source>
        <translation>正在查找最小修复…</translation>
    </message>
    <message>
        <source>Select an error that blocks the plan to see the smallest changes that would resolve it.</source>
        <translation>选择一个阻碍计划的错误，以查看能够解决它的最小更改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No fix found&lt;/b&gt; by changing one window, phase, person or target; see the reason above.</source>
        <translation>通过更改一个窗口、阶段、人员或目标&lt;b&gt;未找到修复&lt;/b&gt;；请参见上方的原因。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Smallest fixes&lt;/b&gt;, each checked by planning again:</source>
        <translation>&lt;b&gt;最小修复&lt;/b&gt;，均已通过重新规划检查：</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Make this change (Edit &gt; Undo takes it back)</source>
        <translation>进行此更改（“编辑 &gt; 撤销”可将其撤回）</translation>
    </message>
    <message>
        <source>The project changed; the fixes are being checked again</source>
        <translation>项目已更改；正在重新检查修复</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已应用：%1</translation>
    </message>
</context>
<context>
    <name>planner::GraphMl</name>
    <message>
        <source>the file holds no XML element</source>
        <translation>文件不含任何 XML 元素</translation>
    </message>
    <message>
        <source>not GraphML: the document is &lt;%1&gt;, not &lt;graphml&gt;</source>
        <translation>不是 GraphML：文档是 &lt;%1&gt;，而不是 &lt;graphml&gt;</translation>
    </message>
    <message>
        <source>no &lt;graph&gt; element: the file describes no graph</source>
        <translation>没有 &lt;graph&gt; 元素：文件未描述任何图</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>a &lt;key&gt; without an id</source>
        <translation>没有 ID 的 &lt;key&gt;</translation>
    </message>
    <message>
        <source>a &lt;node&gt; without an id</source>
        <translation>没有 ID 的 &lt;node&gt;</translation>
    </message>
    <message>
        <source>node id &apos;%1&apos; is used twice (first at %2)</source>
        <translation>节点 ID“%1”被使用了两次（首次位于 %2）</translation>
    </message>
    <message>
        <source>an &lt;edge&gt; needs a source and a target</source>
        <translation>&lt;edge&gt; 需要 source 和 target</translation>
    </message>
    <message>
        <source>data for key &apos;%1&apos;, which no &lt;key&gt; declares; ignored</source>
        <translation>键“%1”的数据没有任何 &lt;key&gt; 声明；已忽略</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: %2 &apos;%3&apos; cannot be read (%4)</source>
        <translation>节点“%1”：无法读取%2“%3”（%4）</translation>
    </message>
    <message>
        <source>keys not used by an estate, ignored: %1</source>
        <translation>IT 资产未使用的键，已忽略：%1</translation>
    </message>
    <message>
        <source>no node has a version: every component is recorded at version 0 until the real one is entered</source>
        <translation>没有节点带有版本：在录入实际版本之前，所有组件都记录为版本 0</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: unknown kind &apos;%2&apos;; imported as &apos;other&apos;</source>
        <translation>节点“%1”：未知类型“%2”；导入为“other”</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no version; recorded as 0</source>
        <translation>节点“%1”没有版本；记录为 0</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>node &apos;%1&apos;: unknown criticality &apos;%2&apos;; imported as &apos;medium&apos;</source>
        <translation>节点“%1”：未知关键程度“%2”；导入为“medium”</translation>
    </message>
    <message>
        <source>the graph is undirected: each edge is read as its source depending on its target</source>
        <translation>该图是无向图：每条边按“源依赖目标”读取</translation>
    </message>
    <message>
        <source>edge to or from &apos;%1&apos;, which is not a node of the file; left out</source>
        <translation>连接“%1”的边，但它不是文件中的节点；已略去</translation>
    </message>
    <message>
        <source>edge to or from the group &apos;%1&apos;; left out</source>
        <translation>连接组“%1”的边；已略去</translation>
    </message>
    <message>
        <source>&apos;%1&apos; depends on itself; left out</source>
        <translation>“%1”依赖自身；已略去</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read as a version range (%2); left without</source>
        <translation>无法将“%1”读取为版本范围（%2）；不设版本范围</translation>
    </message>
</context>
<context>
    <name>planner::GraphModel</name>
    <message>
        <source>Upgrade path of %1: %2</source>
        <translation>%1 的升级路径：%2</translation>
    </message>
    <message>
        <source>wave %1: %2 %3 → %4</source>
        <translation>批次 %1：%2 %3 → %4</translation>
    </message>
    <message>
        <source> (stepping stone)</source>
        <translation>（过渡版本）</translation>
    </message>
    <message>
        <source> (required stop)</source>
        <translation>（必经版本）</translation>
    </message>
    <message>
        <source>%1, %2 criticality</source>
        <translation>%1，关键程度%2</translation>
    </message>
    <message>
        <source>Version %1, target %2</source>
        <translation>版本 %1，目标 %2</translation>
    </message>
    <message>
        <source>Version %1, stays</source>
        <translation>版本 %1，保持不变</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>站点：%1</translation>
    </message>
    <message>
        <source>Placed by hand</source>
        <translation>手动放置</translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3)</source>
        <translation>%1 依赖于 %2（%3）</translation>
    </message>
    <message>
        <source>requires %1</source>
        <translation>要求 %1</translation>
    </message>
    <message>
        <source>part of a dependency cycle</source>
        <translation>属于依赖循环的一部分</translation>
    </message>
</context>
<context>
    <name>planner::GraphOverview</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：点击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>planner::GraphView</name>
    <message>
        <source>No component matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的组件。</translation>
    </message>
    <message>
        <source>%1 is hidden by the filter.</source>
        <translation>%1 已被筛选器隐藏。</translation>
    </message>
    <message>
        <source>%1 depends on %2.
Version range it requires of %2 (for example &gt;=12 &lt;17; empty: any version):</source>
        <translation>%1 依赖于 %2。
它要求 %2 的版本范围（例如 &gt;=12 &lt;17；为空：任意版本）：</translation>
    </message>
    <message>
        <source>New dependency</source>
        <translation>新依赖关系</translation>
    </message>
    <message>
        <source>Version range</source>
        <translation>版本范围</translation>
    </message>
    <message>
        <source>%1 now depends on %2.</source>
        <translation>%1 现在依赖于 %2。</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Show details of %1</source>
        <translation>显示 %1 的详细信息</translation>
    </message>
    <message>
        <source>Select what depends on it</source>
        <translation>选择依赖它的组件</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) depend on %1, directly or not.</source>
        <translation>
            <numerusform>%n 个组件直接或间接依赖于 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select what it depends on</source>
        <translation>选择它所依赖的组件</translation>
    </message>
    <message numerus="yes">
        <source>%1 depends on %n component(s), directly or not.</source>
        <translation>
            <numerusform>%1 直接或间接依赖于 %n 个组件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find path to…</source>
        <translation>查找路径至…</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>仅显示</translation>
    </message>
    <message>
        <source>What depends on it</source>
        <translation>依赖它的组件</translation>
    </message>
    <message>
        <source>What it depends on</source>
        <translation>它所依赖的组件</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Add dependency from it…</source>
        <translation>从它添加依赖关系…</translation>
    </message>
    <message>
        <source>%1 depends on:</source>
        <translation>%1 依赖于：</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Let the layout place it</source>
        <translation>交由布局放置</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n component(s)</source>
        <translation>
            <numerusform>删除 %n 个组件</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Select %1 and %2</source>
        <translation>选择 %1 和 %2</translation>
    </message>
    <message>
        <source>Edit version range…</source>
        <translation>编辑版本范围…</translation>
    </message>
    <message>
        <source>Remove dependency</source>
        <translation>删除依赖关系</translation>
    </message>
    <message>
        <source>Find path</source>
        <translation>查找路径</translation>
    </message>
    <message>
        <source>Dependency path from %1 to:</source>
        <translation>从 %1 出发的依赖路径，目标：</translation>
    </message>
    <message>
        <source>No chain of dependencies links %1 and %2.</source>
        <translation>没有依赖链连接 %1 和 %2。</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>路径：%1</translation>
    </message>
</context>
<context>
    <name>planner::GraphWidget</name>
    <message>
        <source>Laying out the graph…</source>
        <translation>正在布局依赖关系图…</translation>
    </message>
    <message>
        <source>Export the visible part</source>
        <translation>导出可见部分</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>导出依赖关系图</translation>
    </message>
    <message>
        <source>graph.svg</source>
        <translation>graph.svg</translation>
    </message>
    <message>
        <source>graph.png</source>
        <translation>graph.png</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Names show from %1 % on: zoom in (+) to read them</source>
        <translation>缩放至 %1% 及以上时显示名称：放大（+）即可阅读</translation>
    </message>
    <message>
        <source>Click to show the whole legend, with the kinds</source>
        <translation>点击以显示完整图例，包括类型</translation>
    </message>
    <message>
        <source>Click to fold the legend to one line</source>
        <translation>点击以将图例折叠为一行</translation>
    </message>
    <message numerus="yes">
        <source>Shown at %1 % so that names can be read. Fit (F) shows all %n component(s); names show only when you zoom in.</source>
        <translation>
            <numerusform>以 %1% 显示以便阅读名称。适应视图（F）可显示全部 %n 个组件；名称仅在放大时显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole graph (F)</source>
        <translation>显示整个依赖关系图（F）</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <source>Zoom; click for actual size (1)</source>
        <translation>缩放；点击以显示实际大小（1）</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Find component…</source>
        <translation>查找组件…</translation>
    </message>
    <message>
        <source>Find a component by name or id and show it</source>
        <translation>按名称或 ID 查找组件并显示</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Show what the colours, borders, shapes and arrows mean (exported pictures carry it too)</source>
        <translation>显示颜色、边框、形状和箭头的含义（导出的图片也包含图例）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Show the overview when the graph does not fit the view</source>
        <translation>当依赖关系图超出视图时显示概览</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the graph as a picture, with its title and legend</source>
        <translation>将依赖关系图保存为图片，包含标题和图例</translation>
    </message>
    <message>
        <source>Whole graph as SVG…</source>
        <translation>整个依赖关系图导出为 SVG…</translation>
    </message>
    <message>
        <source>Whole graph as PNG…</source>
        <translation>整个依赖关系图导出为 PNG…</translation>
    </message>
    <message>
        <source>Visible part as SVG…</source>
        <translation>可见部分导出为 SVG…</translation>
    </message>
    <message>
        <source>Visible part as PNG…</source>
        <translation>可见部分导出为 PNG…</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>排列</translation>
    </message>
    <message>
        <source>Group by site, connect components, lay the graph out again</source>
        <translation>按站点分组、连接组件、重新布局依赖关系图</translation>
    </message>
    <message>
        <source>Group by site</source>
        <translation>按站点分组</translation>
    </message>
    <message>
        <source>Draw each site&apos;s components together in a labelled box</source>
        <translation>将每个站点的组件绘制在一个带标签的方框中</translation>
    </message>
    <message>
        <source>Connect by dragging</source>
        <translation>拖动以连接</translation>
    </message>
    <message>
        <source>Drag from a component to what it depends on to add a dependency (Shift+drag does the same at any time)</source>
        <translation>从一个组件拖动到它所依赖的组件以添加依赖关系（随时可用 Shift+拖动 实现相同操作）</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>重新布局</translation>
    </message>
    <message>
        <source>Lay the graph out again; components placed by hand stay</source>
        <translation>重新布局依赖关系图；手动放置的组件保持不动</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Show only components of one kind</source>
        <translation>仅显示一种类型的组件</translation>
    </message>
    <message>
        <source>Show only one site&apos;s components</source>
        <translation>仅显示一个站点的组件</translation>
    </message>
    <message>
        <source>Any criticality</source>
        <translation>任意关键程度</translation>
    </message>
    <message>
        <source>Medium or more</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <source>High or more</source>
        <translation>高及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅关键</translation>
    </message>
    <message>
        <source>Show only components at least this critical</source>
        <translation>仅显示关键程度不低于此级别的组件</translation>
    </message>
    <message>
        <source>Whole estate</source>
        <translation>整个 IT 资产</translation>
    </message>
    <message>
        <source>What depends on the selection</source>
        <translation>依赖所选项的组件</translation>
    </message>
    <message>
        <source>What the selection needs</source>
        <translation>所选项需要的组件</translation>
    </message>
    <message>
        <source>Both ways from the selection</source>
        <translation>所选项的双向关系</translation>
    </message>
    <message>
        <source>Impact view: only the selected components and what depends on them or what they need, directly or not</source>
        <translation>影响视图：仅显示所选组件，以及直接或间接依赖它们或被它们需要的组件</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>Criticality:</source>
        <translation>关键程度：</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>影响：</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选器</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选器（%1）</translation>
    </message>
    <message>
        <source>Show only some components: by kind, site, criticality or impact of the selection</source>
        <translation>仅显示部分组件：按类型、站点、关键程度或所选项的影响范围</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有站点</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>planner::GuideDialog</name>
    <message>
        <source>Upgrade Planner Guide</source>
        <translation>Upgrade Planner 指南</translation>
    </message>
    <message>
        <source>The guide is missing from this build.</source>
        <translation>此版本中缺少指南。</translation>
    </message>
</context>
<context>
    <name>planner::HelpController</name>
    <message>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About Upgrade Planner</source>
        <translation>关于 Upgrade Planner(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>What each view is for and how to read it</source>
        <translation>各视图的用途及阅读方法</translation>
    </message>
    <message>
        <source>Version, licences and where the data comes from</source>
        <translation>版本、许可证及数据来源</translation>
    </message>
</context>
<context>
    <name>planner::HistoryPanel</name>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>更改了 %1</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Filter by element, field or value</source>
        <translation>按元素、字段或值筛选</translation>
    </message>
    <message>
        <source>Only the saves of this person</source>
        <translation>仅此人的保存</translation>
    </message>
    <message>
        <source>Only saves on or after this day</source>
        <translation>仅此日及之后的保存</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the project&apos;s history again</source>
        <translation>重新读取项目历史</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>谁：</translation>
    </message>
    <message>
        <source>Save / Element</source>
        <translation>保存 / 元素</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>组件 %1</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>依赖 %1</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Save %L1 · %2 · %3</source>
        <translation>保存 %L1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>No saves recorded yet</source>
        <translation>尚无保存记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln save(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %Ln 次保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %Ln change(s)</source>
        <translation>
            <numerusform>，共 %Ln 项更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::IcsCalendar</name>
    <message>
        <source>Maintenance window %1, %2 to %3.</source>
        <translation>维护窗口 %1，%2 至 %3。</translation>
    </message>
    <message>
        <source>%1 %2 -&gt; %3: start %4, point of no return %5</source>
        <translation>%1 %2 -&gt; %3：开始 %4，不可回头点 %5</translation>
    </message>
    <message>
        <source>If every step rolls back: done %1, %2 after the window ends.</source>
        <translation>如果每个步骤都回滚：于 %1 完成，即窗口结束后 %2。</translation>
    </message>
    <message>
        <source>If every step rolls back: done %1.</source>
        <translation>如果每个步骤都回滚：于 %1 完成。</translation>
    </message>
    <message>
        <source>%1: upgrade windows</source>
        <translation>%1：升级窗口</translation>
    </message>
    <message>
        <source>Upgrade window %1: 1 step</source>
        <translation>升级窗口 %1：1 个步骤</translation>
    </message>
    <message>
        <source>Upgrade window %1: %2 steps</source>
        <translation>升级窗口 %1：%2 个步骤</translation>
    </message>
    <message>
        <source>%1 (scenario %2)</source>
        <translation>%1（场景 %2）</translation>
    </message>
    <message>
        <source>[scenario %1] %2</source>
        <translation>[场景 %1] %2</translation>
    </message>
</context>
<context>
    <name>planner::ImpactPage</name>
    <message>
        <source>Step / process</source>
        <translation>步骤 / 流程</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>停机时间</translation>
    </message>
    <message>
        <source>Worst case</source>
        <translation>最坏情况</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>关键程度</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>Reached through</source>
        <translation>影响途径</translation>
    </message>
    <message>
        <source>%1 of %2 steps affect business processes; %3 processes are affected, %4 of them on the stricter list (emergency, payment, production control, public service). Downtime is the step&apos;s execution and verification as scheduled; the worst case runs to the end of its rollback reserve.</source>
        <translation>%2 个步骤中有 %1 个影响业务流程；受影响的流程有 %3 个，其中 %4 个属于更严格的清单（紧急、支付、生产控制、公共服务）。停机时间为按排期执行和验证该步骤所需的时间；最坏情况则持续到其回滚预留时间结束。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source> (planned)</source>
        <translation>（计划）</translation>
    </message>
    <message>
        <source>no business process</source>
        <translation>无业务流程</translation>
    </message>
    <message>
        <source>max outage %1</source>
        <translation>最长中断 %1</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>internal only</source>
        <translation>仅内部</translation>
    </message>
    <message>
        <source>uses it directly</source>
        <translation>直接使用</translation>
    </message>
    <message>
        <source>Longer than the service level allows</source>
        <translation>超过服务级别允许的时间</translation>
    </message>
</context>
<context>
    <name>planner::InventoryPanel</name>
    <message>
        <source>&amp;Copy Id</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected components&apos; ids to the clipboard</source>
        <translation>将所选组件的 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>站点：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Search id, name, product or owner</source>
        <translation>搜索 ID、名称、产品或负责人</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有站点</translation>
    </message>
    <message>
        <source>&amp;Copy Ids</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Copied %1 ids</source>
        <translation>已复制 %1 个 ID</translation>
    </message>
</context>
<context>
    <name>planner::MainWindow</name>
    <message>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>依赖关系图</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>The controlled change: readiness, risk, impact and the records</source>
        <translation>受控变更：就绪情况、风险、影响及记录</translation>
    </message>
    <message>
        <source>Component Details</source>
        <translation>组件详细信息</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依赖关系</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Change Records</source>
        <translation>变更记录(&amp;C)</translation>
    </message>
    <message>
        <source>Readiness, risk, business impact, backups, rollback plans, pilots, acceptance checks, messages, monitoring and the upgrade record</source>
        <translation>就绪情况、风险、业务影响、备份、回滚计划、试点、验收检查、通知消息、监控和升级记录</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>%1[*] — Upgrade Planner</source>
        <translation>%1[*] — Upgrade Planner</translation>
    </message>
    <message>
        <source>1 component</source>
        <translation>1 个组件</translation>
    </message>
    <message>
        <source>1 dependency</source>
        <translation>1 个依赖关系</translation>
    </message>
    <message>
        <source>Preferences saved; the new language applies at the next start</source>
        <translation>首选项已保存；新语言将在下次启动时生效</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>首选项已保存</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>首选项(&amp;F)...</translation>
    </message>
    <message>
        <source>Language, autosave, durations of new components, the window of new projects</source>
        <translation>语言、自动保存、新组件的时长、新项目的维护窗口</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Upgrade Planner</source>
        <translation>%1[*]（只读）— Upgrade Planner</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The history starts with the project&apos;s first save</source>
        <translation>历史从项目第一次保存开始</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>无法读取历史：%1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>%L1 components</source>
        <translation>%L1 个组件</translation>
    </message>
    <message>
        <source>%L1 shown of %2</source>
        <translation>显示 %L1 / %2</translation>
    </message>
    <message>
        <source>%L1 dependencies</source>
        <translation>%L1 个依赖</translation>
    </message>
    <message>
        <source>Analysing: checking, ordering, scheduling…</source>
        <translation>正在分析：检查、排序、排期…</translation>
    </message>
    <message>
        <source>Analysis waits for the edits to settle…</source>
        <translation>分析等待编辑完成…</translation>
    </message>
    <message>
        <source>Analysed in %L1 ms: 1 open finding</source>
        <translation>分析用时 %L1 毫秒：1 个未解决的发现</translation>
    </message>
    <message>
        <source>Analysed in %L1 ms: %L2 open findings</source>
        <translation>分析用时 %L1 毫秒：%L2 个未解决的发现</translation>
    </message>
</context>
<context>
    <name>planner::MergeReviewDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Merging &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;: %3 added, %4 updated, %5 as they were, %6 added. Fields the file does not carry keep their values here. What the project has and the file lacks stays unless you tick it below.</source>
        <translation>将 &lt;b&gt;%1&lt;/b&gt; 合并到 &lt;b&gt;%2&lt;/b&gt;：添加 %3，更新 %4，%5 保持不变，添加 %6。文件中没有的字段在此保留原值。项目中有而文件中没有的内容会保留，除非您在下方勾选。</translation>
    </message>
    <message numerus="yes">
        <source>%n component</source>
        <translation>
            <numerusform>%n 个组件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n 个组件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fields</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation>
            <numerusform>%n 个依赖关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation>
            <numerusform>%n 个依赖关系</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>In the project</source>
        <translation>项目中</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Not in the file (%1): tick to remove from the project</source>
        <translation>不在文件中（%1）：勾选以从项目中删除</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Updated fields (%1)</source>
        <translation>更新的字段（%1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New components (%1)</source>
        <translation>新组件（%1）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Also added (%1)</source>
        <translation>同时添加（%1）</translation>
    </message>
    <message>
        <source>Dependencies the file does not list (%1): kept</source>
        <translation>文件未列出的依赖关系（%1）：保留</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>planner::MessagesPage</name>
    <message>
        <source>Messages to the people a window affects, sent the given hours before it starts or after it ends. Placeholders: {window} {start} {end} {services} {limitations} {contact} {project}.</source>
        <translation>发送给受窗口影响人员的通知消息，在窗口开始前或结束后指定的小时数发送。占位符：{window} {start} {end} {services} {limitations} {contact} {project}。</translation>
    </message>
    <message>
        <source>The text of the selected message</source>
        <translation>所选通知消息的文本</translation>
    </message>
    <message>
        <source>Body of the selected template:</source>
        <translation>所选模板的正文：</translation>
    </message>
    <message>
        <source>As it will be sent (filled from the schedule):</source>
        <translation>实际发送的内容（根据排期填充）：</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#555&apos;&gt;To &lt;b&gt;%1&lt;/b&gt; · send %2 · window %3 (%4 – %5)&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#555&apos;&gt;收件人 &lt;b&gt;%1&lt;/b&gt; · 发送时间 %2 · 窗口 %3（%4 – %5）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a template to see its messages.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个模板以查看其通知消息。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No window of the schedule uses this template yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;排期中尚无窗口使用此模板。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>planner::PlanController</name>
    <message>
        <source>E&amp;xport Plan…</source>
        <translation>导出计划(&amp;X)…</translation>
    </message>
    <message>
        <source>Si&amp;gn Plan…</source>
        <translation>签署计划(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Verify Plan…</source>
        <translation>验证计划(&amp;V)…</translation>
    </message>
    <message>
        <source>Write the plan for the change board: plan.json, PDF, calendar</source>
        <translation>为变更委员会写出计划：plan.json、PDF、日历</translation>
    </message>
    <message>
        <source>Approve an exported plan with your key</source>
        <translation>使用您的密钥批准已导出的计划</translation>
    </message>
    <message>
        <source>Check the approvals of an exported plan</source>
        <translation>检查已导出计划的批准</translation>
    </message>
    <message>
        <source>Plan: %1plan.json cannot be read</source>
        <translation>计划：无法读取 %1plan.json</translation>
    </message>
    <message>
        <source>Plan: matches %1 (not signed yet)</source>
        <translation>计划：与 %1 一致（尚未签名）</translation>
    </message>
    <message>
        <source>Plan: matches %1 (1 valid approval)</source>
        <translation>计划：与 %1 一致（1 个有效批准）</translation>
    </message>
    <message>
        <source>Plan: matches %1 (%2 valid approvals)</source>
        <translation>计划：与 %1 一致（%2 个有效批准）</translation>
    </message>
    <message>
        <source>The open project is the estate the plan in %1 was exported from.</source>
        <translation>当前打开的项目正是 %1 中计划导出时所用的 IT 资产。</translation>
    </message>
    <message>
        <source>Plan: project changed since %1 was exported</source>
        <translation>计划：自导出 %1 以来项目已更改</translation>
    </message>
    <message>
        <source>Plan: project changed since %1 was signed by %2</source>
        <translation>计划：自 %2 签署 %1 以来项目已更改</translation>
    </message>
    <message>
        <source>The open project differs from the estate the plan in %1 was exported from: export it again to a new folder and have it approved again.</source>
        <translation>当前打开的项目与 %1 中计划导出时所用的 IT 资产不同：请重新导出到新文件夹并重新获得批准。</translation>
    </message>
    <message>
        <source>Invalid approvals in the folder: %1.</source>
        <translation>文件夹中的无效批准：%1。</translation>
    </message>
    <message>
        <source>Click for details.</source>
        <translation>点击查看详细信息。</translation>
    </message>
    <message>
        <source>Plan folder: %1</source>
        <translation>计划文件夹：%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签名。</translation>
    </message>
    <message>
        <source>Signed by %1 (valid approvals: %2).</source>
        <translation>已由 %1 签名（有效批准：%2）。</translation>
    </message>
    <message>
        <source>Invalid approvals: %1; Verify Plan says why.</source>
        <translation>无效批准：%1；“验证计划”会说明原因。</translation>
    </message>
    <message>
        <source>The open project matches the exported plan.</source>
        <translation>当前打开的项目与已导出的计划一致。</translation>
    </message>
    <message>
        <source>The project changed since the plan was exported, but not in anything the plan shows (names, notes, details). Its estate SHA-256 differs all the same.</source>
        <translation>自计划导出以来项目已更改，但更改不涉及计划所显示的任何内容（名称、备注、详细信息）。不过其 IT 资产 SHA-256 仍然不同。</translation>
    </message>
    <message>
        <source>The project changed since the plan was exported. Differences in the plan: %1; the first:</source>
        <translation>自计划导出以来项目已更改。计划中的差异：%1；第一处：</translation>
    </message>
    <message>
        <source>Plan exported to %1</source>
        <translation>计划已导出到 %1</translation>
    </message>
    <message>
        <source>Approval %1 added to %2</source>
        <translation>批准 %1 已添加到 %2</translation>
    </message>
    <message>
        <source>%1 (scenario %2)</source>
        <translation>%1（场景 %2）</translation>
    </message>
    <message>
        <source>The plan in %1 was exported from the scenario %2, which the project no longer has.</source>
        <translation>%1 中的计划是从场景 %2 导出的，项目中已不再有该场景。</translation>
    </message>
</context>
<context>
    <name>planner::PlanPanel</name>
    <message>
        <source>Ordering the upgrade for the latest edit…</source>
        <translation>正在根据最新编辑排列升级顺序…</translation>
    </message>
    <message>
        <source>Not ordered yet</source>
        <translation>尚未排序</translation>
    </message>
    <message>
        <source>Select a step to read why it stands where it does.</source>
        <translation>选择一个步骤以了解它为何位于当前位置。</translation>
    </message>
    <message>
        <source>wave %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <source>Wave %1: %2</source>
        <translation>批次 %1：%2</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <source>Show in Timeline</source>
        <translation>在时间线中显示</translation>
    </message>
    <message>
        <source>Copy Step</source>
        <translation>复制步骤</translation>
    </message>
</context>
<context>
    <name>planner::PlanTreeModel</name>
    <message>
        <source>Nothing to upgrade</source>
        <translation>无需升级</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，分为 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave</source>
        <translation>
            <numerusform>%n 个批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waves</source>
        <translation>
            <numerusform>%n 个批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group</source>
        <translation>
            <numerusform>%n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n 个受阻</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin problem</source>
        <translation>
            <numerusform>%n 个固定顺序问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin problems</source>
        <translation>
            <numerusform>%n 个固定顺序问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Move together</source>
        <translation>一起变动</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Pins that cannot hold</source>
        <translation>无法满足的固定顺序</translation>
    </message>
    <message numerus="yes">
        <source>%n upgrade</source>
        <translation>
            <numerusform>%n 个升级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upgrades</source>
        <translation>
            <numerusform>%n 个升级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin</source>
        <translation>
            <numerusform>%n 个固定顺序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pins</source>
        <translation>
            <numerusform>%n 个固定顺序</numerusform>
        </translation>
    </message>
    <message>
        <source>unsupported stone</source>
        <translation>不受支持的过渡版本</translation>
    </message>
    <message>
        <source>required stop</source>
        <translation>必经版本</translation>
    </message>
    <message>
        <source>stepping stone</source>
        <translation>过渡版本</translation>
    </message>
    <message>
        <source>A stepping stone whose support has ended: %1 passes through %2 and does not stay there.</source>
        <translation>已停止支持的过渡版本：%1 会经过 %2，但不会停留在该版本。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中转版本</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>planner::PreferencesDialog</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>New Projects</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when the program starts again.</source>
        <translation>新语言将在程序下次启动时生效。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <source>Minutes of each phase for the components you add, by kind. A component keeps the durations it was given; these only fill new ones.</source>
        <translation>按类型设置新添加组件每个阶段的分钟数。已有组件保留其时长；这些值只用于新组件。</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Start each new project with a weekly maintenance window</source>
        <translation>每个新项目都从一个每周维护窗口开始</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>时长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Weeks:</source>
        <translation>周数(&amp;W)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Restore tests valid for:</source>
        <translation>恢复测试有效期(&amp;R):</translation>
    </message>
    <message>
        <source>A backup whose restore was last tested longer before the plan starts counts as not proven. Each project keeps its own limit (File &gt; Project Properties).</source>
        <translation>恢复测试早于此期限的备份视为未经验证。每个项目保留自己的期限(文件 &gt; 项目属性)。</translation>
    </message>
    <message>
        <source>Unsaved changes are copied at this interval to a recovery folder, never into the project: after a crash the next start offers to restore them.</source>
        <translation>未保存的更改按此间隔复制到恢复文件夹，绝不写入项目：崩溃后，下次启动时会提供恢复。</translation>
    </message>
</context>
<context>
    <name>planner::ProjectController</name>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>项目属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Name, purpose, reason, urgency, start date, time zone and decision time</source>
        <translation>名称、目的、原因、紧急程度、开始日期、时区和决策时间</translation>
    </message>
    <message>
        <source>Project properties changed</source>
        <translation>项目属性已更改</translation>
    </message>
</context>
<context>
    <name>planner::ProjectPropertiesDialog</name>
    <message>
        <source>&amp;Not set</source>
        <translation>未设置(&amp;N)</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>e.g. Core banking refresh</source>
        <translation>例如 核心银行系统更新</translation>
    </message>
    <message>
        <source>e.g. Replace PostgreSQL 12 before its support ends</source>
        <translation>例如 在支持结束前替换 PostgreSQL 12</translation>
    </message>
    <message>
        <source>The plan&apos;s day zero: support end dates and waivers are judged against it, and no window before it is used</source>
        <translation>计划的起始日：支持结束日期和豁免都以此为准进行判断，且不会使用此日期之前的窗口</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Time kept after verify for the go/no-go call, before a rollback would start</source>
        <translation>验证后为执行/不执行决策（Go/No-Go）预留的时间，在此之后才会开始回滚</translation>
    </message>
    <message>
        <source>What the whole project is about. The start date and time zone change how the plan is checked and scheduled.</source>
        <translation>整个项目的内容。开始日期和时区会影响计划的检查和排期方式。</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>紧急程度(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Decision time:</source>
        <translation>决策时间(&amp;D)：</translation>
    </message>
    <message>
        <source>none: plain wall-clock times</source>
        <translation>无：普通挂钟时间</translation>
    </message>
    <message>
        <source>The IANA time zone the windows&apos; times are in, e.g. Europe/Berlin; type part of a name to search</source>
        <translation>窗口时间所用的 IANA 时区，例如 Europe/Berlin；输入名称的一部分即可搜索</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a time zone this computer knows. Choose one from the list (type part of its name, such as Berlin) or leave it empty.</source>
        <translation>时区：此计算机无法识别“%1”。请从列表中选择一个（输入名称的一部分，例如 Berlin），或将其留空。</translation>
    </message>
    <message>
        <source>Why the upgrade happens: pick one, or type a word of your own</source>
        <translation>升级的原因:从列表中选择,或输入您自己的词</translation>
    </message>
    <message>
        <source>How pressing it is: pick one, or type a word of your own</source>
        <translation>紧急程度:从列表中选择,或输入您自己的词</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A backup whose restore was last tested more than this many days before the start date is reported as not proven</source>
        <translation>恢复测试早于开始日期超过此天数的备份将被报告为未经验证</translation>
    </message>
    <message>
        <source>Restore tests &amp;valid for:</source>
        <translation>恢复测试有效期(&amp;V):</translation>
    </message>
</context>
<context>
    <name>planner::ReadinessPage</name>
    <message>
        <source>Missing before approval</source>
        <translation>批准前缺少的内容</translation>
    </message>
    <message>
        <source>Component / window</source>
        <translation>组件 / 窗口</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Step / rule</source>
        <translation>步骤 / 规则</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>&lt;i&gt;not stated&lt;/i&gt;</source>
        <translation>&lt;i&gt;未说明&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#2e7d32&apos;&gt;Ready for approval.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#2e7d32&apos;&gt;可提交批准。&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready for approval: %n item missing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;不可提交批准：缺少 %n 项。&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#d32f2f&apos;&gt;Not ready for approval: %n items missing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#d32f2f&apos;&gt;不可提交批准：缺少 %n 项。&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &amp;nbsp; Reason: %2 · urgency: %3 · purpose: %4&lt;br&gt;Risk score of the plan: &lt;b style=&apos;color:%5&apos;&gt;%6 (%7)&lt;/b&gt; · review path: &lt;b&gt;%8&lt;/b&gt; — %9</source>
        <translation>%1 &amp;nbsp; 原因：%2 · 紧急程度：%3 · 目的：%4&lt;br&gt;计划的风险评分：&lt;b style=&apos;color:%5&apos;&gt;%6（%7）&lt;/b&gt; · 审查路径：&lt;b&gt;%8&lt;/b&gt; — %9</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>该计划</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Every record the plan needs is there.</source>
        <translation>计划所需的所有记录均已齐备。</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
</context>
<context>
    <name>planner::RecordFilter</name>
    <message>
        <source>Filter: component, name or any text</source>
        <translation>筛选：组件、名称或任意文本</translation>
    </message>
    <message>
        <source>Shows only the rows that contain this text in any column. Click a column&apos;s header to sort by it.</source>
        <translation>仅显示任意列中包含此文本的行。点击列标题可按该列排序。</translation>
    </message>
</context>
<context>
    <name>planner::RecordPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select component</source>
        <translation>选择组件</translation>
    </message>
    <message>
        <source>Select the component of the current row in every view</source>
        <translation>在所有视图中选择当前行的组件</translation>
    </message>
</context>
<context>
    <name>planner::RecoveryController</name>
    <message>
        <source>Recovery copy failed: %1</source>
        <translation>恢复副本失败：%1</translation>
    </message>
    <message>
        <source>Unsaved changes copied for recovery at %1</source>
        <translation>未保存的更改已于 %1 复制以便恢复</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Upgrade Planner ended without saving the changes to %1.</source>
        <translation>Upgrade Planner 结束时未保存对 %1 的更改。</translation>
    </message>
    <message>
        <source>A recovery copy from %1 holds them. Restore opens it as an untitled project, to be saved under a name; Discard deletes the copy; Later keeps it for the next start.</source>
        <translation>来自 %1 的恢复副本保存了这些更改。“恢复”将其作为未命名项目打开，需以某个名称保存；“丢弃”删除该副本；“稍后”将其保留到下次启动。</translation>
    </message>
    <message>
        <source>A recovery copy from %1 holds them. Restore opens it with the changes still unsaved: Save writes them to %2. Discard deletes the copy; Later keeps it for the next start.</source>
        <translation>来自 %1 的恢复副本保存了这些更改。“恢复”打开它，更改仍未保存：“保存”将其写入 %2。“丢弃”删除该副本；“稍后”将其保留到下次启动。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The recovery copy cannot be read: %1</source>
        <translation>无法读取恢复副本：%1</translation>
    </message>
    <message>
        <source>Restored the unsaved changes to %1 from %2</source>
        <translation>已从 %2 恢复对 %1 的未保存更改</translation>
    </message>
</context>
<context>
    <name>planner::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>无法创建恢复文件夹 %1</translation>
    </message>
    <message>
        <source>cannot lock a recovery copy in %1</source>
        <translation>无法锁定 %1 中的恢复副本</translation>
    </message>
    <message>
        <source>cannot replace the recovery copy</source>
        <translation>无法替换恢复副本</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>planner::ScenarioCompareDialog</name>
    <message>
        <source>nothing placed</source>
        <translation>未安排任何内容</translation>
    </message>
    <message numerus="yes">
        <source>%1%n day(s)</source>
        <translation>
            <numerusform>%1%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>比较场景</translation>
    </message>
    <message>
        <source>Tick the scenarios to compare; the first ticked is the one the others are measured against</source>
        <translation>勾选要比较的场景；第一个勾选的场景将作为其他场景的比较基准</translation>
    </message>
    <message>
        <source>Scenarios compared:</source>
        <translation>比较的场景：</translation>
    </message>
    <message>
        <source>Each figure is set against the first scenario: &lt;span style=&apos;color:#1b7f3b&apos;&gt;green&lt;/span&gt; is better, &lt;span style=&apos;color:#b3261e&apos;&gt;red&lt;/span&gt; worse.</source>
        <translation>每项数据均与第一个场景对比：&lt;span style=&apos;color:#1b7f3b&apos;&gt;绿色&lt;/span&gt;表示更好，&lt;span style=&apos;color:#b3261e&apos;&gt;红色&lt;/span&gt;表示更差。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;数据&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps that moved&lt;/b&gt; (against the first scenario)</source>
        <translation>&lt;b&gt;发生移动的步骤&lt;/b&gt;（相对于第一个场景）</translation>
    </message>
    <message>
        <source>Tick two or more scenarios.</source>
        <translation>请勾选两个或更多场景。</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n scenario(s)…</source>
        <translation>
            <numerusform>正在比较 %n 个场景…</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes on the baseline</source>
        <translation>相对于基线的更改</translation>
    </message>
    <message>
        <source>Finish (last step verified)</source>
        <translation>完成时间（最后一个步骤已验证）</translation>
    </message>
    <message>
        <source>Windows used</source>
        <translation>使用的窗口</translation>
    </message>
    <message>
        <source>Steps scheduled</source>
        <translation>已排期的步骤</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Steps not scheduled</source>
        <translation>未排期的步骤</translation>
    </message>
    <message>
        <source>Errors (not waived)</source>
        <translation>错误（未豁免）</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>风险评分</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Missing before approval</source>
        <translation>批准前缺少的内容</translation>
    </message>
    <message>
        <source>Downtime: %1</source>
        <translation>停机时间：%1</translation>
    </message>
    <message>
        <source>%1 (worst case %2)</source>
        <translation>%1（最坏情况 %2）</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>No step moved.</source>
        <translation>没有步骤发生移动。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: finish %2, %n window(s) used</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：完成于 %2，使用了 %n 个窗口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, &lt;span style=&apos;color:#b3261e&apos;&gt;%n step(s) not scheduled&lt;/span&gt;</source>
        <translation>
            <numerusform>，&lt;span style=&apos;color:#b3261e&apos;&gt;%n 个步骤未排期&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>planner::ScenarioController</name>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>新建场景(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>重命名场景(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Scenario</source>
        <translation>删除场景(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios…</source>
        <translation>比较场景(&amp;C)…</translation>
    </message>
    <message>
        <source>The scenario shown and edited: the baseline (the project itself) or a variant with its own targets, windows, durations, pins, waivers and staff</source>
        <translation>当前显示和编辑的场景：基线（项目本身）或拥有自己的目标、窗口、持续时间、固定顺序、豁免和人员的变体</translation>
    </message>
    <message>
        <source>A variant of the plan, starting as a copy of what is shown now</source>
        <translation>计划的一个变体，初始为当前所显示内容的副本</translation>
    </message>
    <message>
        <source>Rename the current scenario</source>
        <translation>重命名当前场景</translation>
    </message>
    <message>
        <source>Delete the current scenario; the baseline is shown again</source>
        <translation>删除当前场景；将重新显示基线</translation>
    </message>
    <message>
        <source>Scenarios side by side: finish, windows, downtime, risk, conflicts, readiness and the steps that moved</source>
        <translation>并排比较场景：完成时间、窗口、停机时间、风险、冲突、就绪情况以及发生移动的步骤</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>The project itself</source>
        <translation>项目本身</translation>
    </message>
    <message>
        <source>Show the baseline</source>
        <translation>显示基线</translation>
    </message>
    <message>
        <source>Show scenario %1</source>
        <translation>显示场景 %1</translation>
    </message>
    <message>
        <source>Showing the baseline; edits change the project itself</source>
        <translation>正在显示基线；编辑将更改项目本身</translation>
    </message>
    <message>
        <source>Showing scenario %1; edits go to this scenario</source>
        <translation>正在显示场景 %1；编辑将应用于此场景</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>新建场景 %1</translation>
    </message>
    <message>
        <source>Scenario %1 created; edits now go to it</source>
        <translation>已创建场景 %1；编辑现在将应用于该场景</translation>
    </message>
    <message>
        <source>no scenario is called %1</source>
        <translation>没有名为 %1 的场景</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>将场景 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>删除场景 %1</translation>
    </message>
    <message>
        <source>Scenario %1 deleted (Undo brings it back)</source>
        <translation>已删除场景 %1（撤销可将其恢复）</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>新建场景</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts as a copy of the baseline):</source>
        <translation>新场景的名称（初始为基线的副本）：</translation>
    </message>
    <message>
        <source>Name of the new scenario (it starts as a copy of %1):</source>
        <translation>新场景的名称（初始为 %1 的副本）：</translation>
    </message>
    <message>
        <source>Cannot create the scenario: %1</source>
        <translation>无法创建场景：%1</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>重命名场景</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Cannot rename the scenario: %1</source>
        <translation>无法重命名场景：%1</translation>
    </message>
</context>
<context>
    <name>planner::ScheduleReport</name>
    <message>
        <source>1 step</source>
        <translation>1 个步骤</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 个步骤</translation>
    </message>
    <message>
        <source>1 window</source>
        <translation>1 个窗口</translation>
    </message>
    <message>
        <source>%1 windows</source>
        <translation>%1 个窗口</translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation>1 个通道</translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation>%1 个通道</translation>
    </message>
    <message>
        <source>wall-clock time</source>
        <translation>挂钟时间</translation>
    </message>
    <message>
        <source>%1 scheduled in %2, %3 unscheduled; finish %4 (%5)
</source>
        <translation>%1 已排期在 %2 中，%3 未排期；完成于 %4（%5）
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %2 to %3 (%4, %5)</source>
        <translation>%1 %2 至 %3（%4，%5）</translation>
    </message>
    <message>
        <source>%1 (%2 starts changing then)</source>
        <translation>%1（%2 届时开始变更）</translation>
    </message>
    <message>
        <source>  %1-%2  %3 %4 -&gt; %5  lane %6, point of no return %7, rollback done by %8</source>
        <translation>  %1-%2  %3 %4 -&gt; %5  通道 %6，不可回头点 %7，回滚完成于 %8</translation>
    </message>
    <message>
        <source>  if every step rolls back: done %1, %2 after the window ends
</source>
        <translation>  如果每个步骤都回滚：于 %1 完成，即窗口结束后 %2
</translation>
    </message>
    <message>
        <source>  if every step rolls back: done %1
</source>
        <translation>  如果每个步骤都回滚：于 %1 完成
</translation>
    </message>
    <message>
        <source>Unscheduled:</source>
        <translation>未排期：</translation>
    </message>
    <message>
        <source>Critical path: %1</source>
        <translation>关键路径：%1</translation>
    </message>
    <message>
        <source>Not earlier:</source>
        <translation>不能更早：</translation>
    </message>
    <message>
        <source>Downtime (execute and verify; worst case with rollback):</source>
        <translation>停机时间（执行和验证；最坏情况包括回滚）：</translation>
    </message>
    <message>
        <source>  %1: %2 (worst case %3), %4
</source>
        <translation>  %1：%2（最坏情况 %3），%4
</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <source> (waived: %1)</source>
        <translation>（已豁免：%1）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>planner::SignPlanDialog</name>
    <message>
        <source>Sign Plan</source>
        <translation>签署计划</translation>
    </message>
    <message>
        <source>The plan.json of an exported plan folder</source>
        <translation>已导出计划文件夹中的 plan.json</translation>
    </message>
    <message>
        <source>Your private key (.key), made with `upgrade-planner keygen`</source>
        <translation>您的私钥（.key），使用 `upgrade-planner keygen` 生成</translation>
    </message>
    <message>
        <source>Your name as the board knows it: A. Rivera</source>
        <translation>委员会所知的您的姓名：A. Rivera</translation>
    </message>
    <message>
        <source>The role you approve in; type another one if yours is not listed.</source>
        <translation>您批准时的角色；如果列表中没有，请输入其他角色。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Your approval signs the exact bytes of plan.json: any later change to the plan makes it invalid. It is written into the approvals folder beside plan.json.</source>
        <translation>您的批准会对 plan.json 的确切字节进行签名：之后对计划的任何更改都会使其失效。批准会写入 plan.json 旁边的 approvals 文件夹。</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>计划(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>签名人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <source>Plan to Sign</source>
        <translation>要签署的计划</translation>
    </message>
    <message>
        <source>Plans (plan.json);;JSON (*.json);;All files (*)</source>
        <translation>计划 (plan.json);;JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation>私钥 (*.key *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Asked only when the key is encrypted</source>
        <translation>仅在密钥已加密时询问</translation>
    </message>
    <message>
        <source>This key is encrypted: type its passphrase</source>
        <translation>此密钥已加密：请输入其口令</translation>
    </message>
    <message>
        <source>Not needed: this key is not encrypted</source>
        <translation>无需口令：此密钥未加密</translation>
    </message>
    <message>
        <source>Choose the plan.json to sign.</source>
        <translation>请选择要签署的 plan.json。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Choose your private key.</source>
        <translation>请选择您的私钥。</translation>
    </message>
    <message>
        <source>Type your name as signer.</source>
        <translation>请输入您作为签名人的姓名。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>The passphrase does not open this key. Try again.</source>
        <translation>口令无法打开此密钥。请重试。</translation>
    </message>
    <message>
        <source>This key is encrypted: type its passphrase.</source>
        <translation>此密钥已加密：请输入其口令。</translation>
    </message>
    <message>
        <source>Not signed. %1</source>
        <translation>未签名。%1</translation>
    </message>
    <message>
        <source>Signed: approval %1.</source>
        <translation>已签名：批准 %1。</translation>
    </message>
</context>
<context>
    <name>planner::TimelinePanel</name>
    <message>
        <source>Not scheduled, and why:</source>
        <translation>未排期及原因：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详细信息：</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>正在排期…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Every step is scheduled.</source>
        <translation>所有步骤均已排期。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), </source>
        <translation>
            <numerusform>%n 个步骤，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from first start to finish</source>
        <translation>
            <numerusform>从首次开始到完成共 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) used · </source>
        <translation>
            <numerusform>使用了 %n 个窗口 · </numerusform>
        </translation>
    </message>
    <message>
        <source>finish: %1 · critical path: %2 · %3 scheduled, %4 not scheduled</source>
        <translation>完成：%1 · 关键路径：%2 · %3 已排期，%4 未排期</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>未排期任何内容</translation>
    </message>
    <message>
        <source>Select a step in the timeline or the list to read when it runs, its point of no return and why it is not earlier.</source>
        <translation>在时间线或列表中选择一个步骤，即可查看其运行时间、不可回头点以及不能更早执行的原因。</translation>
    </message>
    <message>
        <source>%1 has no step in the schedule: it does not change.</source>
        <translation>%1 在排期中没有步骤：它不会变更。</translation>
    </message>
</context>
<context>
    <name>planner::TimelineView</name>
    <message>
        <source>Upgrade schedule</source>
        <translation>升级排期</translation>
    </message>
    <message>
        <source>Date and time (project time zone)</source>
        <translation>日期和时间（项目时区）</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>变更冻结期</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Go/no-go decision</source>
        <translation>执行/不执行决策（Go/No-Go）</translation>
    </message>
    <message>
        <source>Rollback reserve</source>
        <translation>回滚预留</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>不可回头点</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · click a window: zoom to it · click a bar: select · right-click a bar: more</source>
        <translation>滚轮：缩放 · 拖动：平移 · 点击窗口：缩放至该窗口 · 点击条形：选择 · 右键点击条形：更多</translation>
    </message>
    <message>
        <source>Upgrade schedule: %1</source>
        <translation>升级排期：%1</translation>
    </message>
    <message numerus="yes">
        <source>Window %1, %n lane(s)</source>
        <translation>
            <numerusform>窗口 %1，%n 个通道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) planned in it</source>
        <translation>
            <numerusform>其中计划了 %n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>No step planned in it</source>
        <translation>其中未计划任何步骤</translation>
    </message>
    <message>
        <source>Not used: overlaps the freeze &quot;%1&quot;</source>
        <translation>未使用：与变更冻结期“%1”重叠</translation>
    </message>
    <message>
        <source>Click to zoom to this window</source>
        <translation>点击以缩放至此窗口</translation>
    </message>
    <message>
        <source>Freeze %1 to %2: %3</source>
        <translation>变更冻结期 %1 至 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source> — %n step(s)</source>
        <translation>
            <numerusform> — %n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n window(s) used</source>
        <translation>
            <numerusform>，使用了 %n 个窗口</numerusform>
        </translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <source>Zoom to Its Window</source>
        <translation>缩放至其窗口</translation>
    </message>
    <message>
        <source>Copy Step Details</source>
        <translation>复制步骤详细信息</translation>
    </message>
</context>
<context>
    <name>planner::UpgradeRecordPage</name>
    <message>
        <source>What actually happened, step by step: the actual start and end of each phase (write “2027-05-15 22:00 - 22:40”), whether the step was rolled back, and what is left to do. Check results and issues of the selected step are below.</source>
        <translation>每个步骤的实际情况：各阶段的实际开始和结束时间（写成“2027-05-15 22:00 - 22:40”）、该步骤是否已回滚，以及剩余的待办事项。所选步骤的检查结果和问题显示在下方。</translation>
    </message>
    <message>
        <source>Checks of the selected step</source>
        <translation>所选步骤的检查</translation>
    </message>
    <message>
        <source>Issues of the selected step</source>
        <translation>所选步骤的问题</translation>
    </message>
</context>
<context>
    <name>planner::VerifyPlanDialog</name>
    <message>
        <source>Verify Plan</source>
        <translation>验证计划</translation>
    </message>
    <message>
        <source>The plan.json of a plan folder</source>
        <translation>计划文件夹中的 plan.json</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Public keys (.pub.pem) of the people whose approvals count. Approvals made with any other key are shown as untrusted.</source>
        <translation>其批准有效的人员的公钥（.pub.pem）。使用其他密钥做出的批准会显示为不受信任。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Optional, comma-separated: change-manager, cab-chair</source>
        <translation>可选，以逗号分隔：change-manager、cab-chair</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>How many different trusted keys must have approved.</source>
        <translation>必须有多少个不同的受信任密钥给出批准。</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>法定人数(&amp;Q)：</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>计划(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Trusted keys:</source>
        <translation>受信任的密钥(&amp;T)：</translation>
    </message>
    <message>
        <source>Required &amp;roles:</source>
        <translation>必需的角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Choose a plan.json and press Verify.</source>
        <translation>请选择 plan.json，然后点击“验证”。</translation>
    </message>
    <message>
        <source>Plan to Verify</source>
        <translation>要验证的计划</translation>
    </message>
    <message>
        <source>Plans (plan.json);;JSON (*.json);;All files (*)</source>
        <translation>计划 (plan.json);;JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Trusted Public Keys</source>
        <translation>受信任的公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub.pem *.pem);;All files (*)</source>
        <translation>公钥 (*.pub.pem *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 — not usable: %2</source>
        <translation>%1 — 不可用：%2</translation>
    </message>
    <message>
        <source>%1 — key %2</source>
        <translation>%1 — 密钥 %2</translation>
    </message>
    <message>
        <source>%1
Fingerprint %2</source>
        <translation>%1
指纹 %2</translation>
    </message>
    <message>
        <source>Plan SHA-256: %1</source>
        <translation>计划 SHA-256：%1</translation>
    </message>
    <message>
        <source>Not verified:</source>
        <translation>未通过验证：</translation>
    </message>
    <message>
        <source>1 approval is invalid: the plan or the approval changed after signing (see the Signature column).</source>
        <translation>1 个批准无效：计划或批准在签名后已更改（请参见“签名”列）。</translation>
    </message>
    <message>
        <source>%1 approvals are invalid: the plan or the approvals changed after signing (see the Signature column).</source>
        <translation>%1 个批准无效：计划或批准在签名后已更改（请参见“签名”列）。</translation>
    </message>
    <message>
        <source>1 approval was made with a key that is not among the trusted keys.</source>
        <translation>1 个批准所用的密钥不在受信任的密钥中。</translation>
    </message>
    <message>
        <source>%1 approvals were made with keys that are not among the trusted keys.</source>
        <translation>%1 个批准所用的密钥不在受信任的密钥中。</translation>
    </message>
    <message>
        <source>Valid, trusted approvals: %1 (distinct keys: %2).</source>
        <translation>有效且受信任的批准：%1 个（不同密钥：%2 个）。</translation>
    </message>
    <message>
        <source>Intact, not signed yet.</source>
        <translation>完好，尚未签名。</translation>
    </message>
    <message>
        <source>Signatures valid.</source>
        <translation>签名有效。</translation>
    </message>
    <message>
        <source>No trusted keys are listed, so anyone with a key could have signed: add the approvers&apos; public keys (.pub.pem) to check who did.</source>
        <translation>未列出受信任的密钥，因此任何持有密钥的人都可能进行了签名：请添加批准人的公钥（.pub.pem）以核实签名人。</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>已通过验证。</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>未通过验证。</translation>
    </message>
</context>
<context>
    <name>planner::WaiverDialog</name>
    <message>
        <source>Expires after</source>
        <translation>到期时间</translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflict</source>
        <translation>
            <numerusform>豁免 %n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waive %n conflicts</source>
        <translation>
            <numerusform>豁免 %n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this may go ahead, e.g. &quot;accepted by the change board on 12 March, vendor support contract until June&quot;</source>
        <translation>为何可以继续进行，例如“变更委员会已于 3 月 12 日接受，供应商支持合同有效至 6 月”</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>到期：</translation>
    </message>
    <message>
        <source>Waived conflicts stay listed, marked as waived, and no longer block the plan until the end of the expiry day.</source>
        <translation>已豁免的冲突仍会列出并标记为已豁免，在到期日结束之前不再阻碍计划。</translation>
    </message>
    <message>
        <source>Who accepts it, e.g. &quot;change board, 2027-01-04&quot;</source>
        <translation>接受人，例如“变更委员会，2027-01-04”</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>接受人：</translation>
    </message>
</context>
<context>
    <name>planner::compat</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>Moving %1 on to %2 breaks: %3.</source>
        <translation>将 %1 升级到 %2 会导致问题：%3。</translation>
    </message>
    <message>
        <source>%1 and %2 cannot move one after the other: every order of their steps through the catalog releases breaks a requirement between them, so they must move together.</source>
        <translation>%1 和 %2 无法先后变动：按目录发布版本对它们的步骤进行任何排序都会破坏它们之间的某项要求，因此它们必须一起变动。</translation>
    </message>
    <message>
        <source>%1 cannot reach its target without breaking a requirement with %2: a required stop on the way breaks it.</source>
        <translation>%1 无法在不破坏与 %2 之间要求的情况下达到其目标：途中的某个必经版本会破坏该要求。</translation>
    </message>
    <message>
        <source>The dependency %1 -&gt; %2 names %3, which is not a component of the estate</source>
        <translation>依赖关系 %1 -&gt; %2 引用了 %3，但它不是 IT 资产中的组件</translation>
    </message>
    <message>
        <source>The dependency %1 -&gt; %2 names two components that the estate does not have</source>
        <translation>依赖关系 %1 -&gt; %2 引用的两个组件在 IT 资产中均不存在</translation>
    </message>
    <message>
        <source>The business process %1 (%2) uses %3, which is not a component of the estate</source>
        <translation>业务流程 %1（%2）使用了 %3，但它不是 IT 资产中的组件</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Site %1 is not among the estate&apos;s sites, yet %2 is placed there</source>
        <translation>站点 %1 不在 IT 资产的站点中，但 %2 位于该站点</translation>
    </message>
    <message>
        <source>Site %1 is not among the estate&apos;s sites, yet %2 are placed there</source>
        <translation>站点 %1 不在 IT 资产的站点中，但 %2 位于该站点</translation>
    </message>
    <message>
        <source>The catalog rule for %1 requires product %2, which no component runs and the catalog does not describe</source>
        <translation>%1 的目录规则要求产品 %2，但没有组件运行该产品，目录中也没有描述</translation>
    </message>
    <message>
        <source>%1 depends on itself</source>
        <translation>%1 依赖自身</translation>
    </message>
    <message>
        <source>%1 depend on each other in a cycle: %2</source>
        <translation>%1 相互依赖形成循环：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n components depend on each other in a cycle, for example %1</source>
        <translation>
            <numerusform>%n 个组件相互依赖形成循环，例如 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; none of them can be upgraded strictly after the others</source>
        <translation>；其中任何一个都无法严格在其他组件之后升级</translation>
    </message>
    <message>
        <source>%1 would go from %2 down to %3: a downgrade, which no upgrade path provides</source>
        <translation>%1 将从 %2 降至 %3：这是降级，任何升级路径都不提供</translation>
    </message>
    <message>
        <source>%1 names no product, so the catalog cannot confirm a path from %2 to %3; the upgrade is taken as one direct step</source>
        <translation>%1 未指定产品，因此目录无法确认从 %2 到 %3 的路径；该升级按单个直接步骤处理</translation>
    </message>
    <message>
        <source>The catalog lists no releases of %1, so it cannot confirm a path for %2 from %3 to %4; the upgrade is taken as one direct step</source>
        <translation>目录未列出 %1 的任何发布版本，因此无法确认 %2 从 %3 到 %4 的路径；该升级按单个直接步骤处理</translation>
    </message>
    <message>
        <source>%1 targets %2 %3, which the catalog does not list among its releases (%4)</source>
        <translation>%1 的目标为 %2 %3，但目录的发布版本中未列出该版本（%4）</translation>
    </message>
    <message>
        <source>catalog support date</source>
        <translation>目录中的支持日期</translation>
    </message>
    <message>
        <source>endoflife.date</source>
        <translation>endoflife.date</translation>
    </message>
    <message>
        <source>has ended (%1 gives no date)</source>
        <translation>已结束（%1 未提供日期）</translation>
    </message>
    <message>
        <source>ended on %1 (%2), before the plan starts on %3</source>
        <translation>已于 %1 结束（%2），早于计划开始日期 %3</translation>
    </message>
    <message>
        <source>ends on %1 (%2), before the plan completes on %3</source>
        <translation>将于 %1 结束（%2），早于计划完成日期 %3</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, whose support (cycle %4) %5</source>
        <translation>%1 运行 %2 %3，其支持（周期 %4）%5</translation>
    </message>
    <message>
        <source>%1 targets %2 %3, whose support (cycle %4) %5</source>
        <translation>%1 的目标为 %2 %3，其支持（周期 %4）%5</translation>
    </message>
    <message>
        <source>%1 stays at %2 %3, whose support (cycle %4) %5</source>
        <translation>%1 保持在 %2 %3，其支持（周期 %4）%5</translation>
    </message>
    <message>
        <source>%1 (1 component)</source>
        <translation>%1（1 个组件）</translation>
    </message>
    <message>
        <source>%1 (%2 components)</source>
        <translation>%1（%2 个组件）</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 运行 %2</translation>
    </message>
    <message>
        <source>%1 runs different versions across sites in the %2: %3</source>
        <translation>%1 在%2中各站点运行的版本不同：%3</translation>
    </message>
    <message>
        <source>%1&apos;s upgrade from %2 to %3</source>
        <translation>%1 从 %2 到 %3 的升级</translation>
    </message>
    <message>
        <source>%1 can only be undone by restoring a backup, and %2 has no backup</source>
        <translation>%1 只能通过恢复备份来撤销，而 %2 没有备份</translation>
    </message>
    <message>
        <source>%1 can only be undone by restoring a backup, and a restore of its backup (%2) was never tested</source>
        <translation>%1 只能通过恢复备份来撤销，而其备份（%2）从未进行过恢复测试</translation>
    </message>
    <message>
        <source>A restore of %1&apos;s backup (%2) was never tested before %3</source>
        <translation>在 %3 之前从未对 %1 的备份（%2）进行过恢复测试</translation>
    </message>
    <message>
        <source>, and only a restore undoes the upgrade</source>
        <translation>，且只有恢复才能撤销该升级</translation>
    </message>
    <message>
        <source>The last restore test of %1&apos;s backup (%2) was on %3, %4 days before the plan starts on %5: more than the %6 days allowed%7</source>
        <translation>%1 的备份（%2）上次恢复测试于 %3，即计划开始日期 %5 之前 %4 天：超过了允许的 %6 天%7</translation>
    </message>
</context>
<context>
    <name>planner::pdf</name>
    <message>
        <source>The board is asked to approve the upgrade of %n component(s)</source>
        <translation>请委员会批准 %n 个组件的升级</translation>
    </message>
    <message>
        <source> in %n maintenance window(s), from %1 to %2</source>
        <translation>，在 %n 个维护窗口中进行，从 %1 到 %2</translation>
    </message>
    <message>
        <source>, carried out step by step as this document schedules them.</source>
        <translation>，按本文档排定的步骤逐步执行。</translation>
    </message>
    <message>
        <source>No step is scheduled yet: the plan has no dates.</source>
        <translation>尚未排期任何步骤：计划没有日期。</translation>
    </message>
    <message>
        <source>%n step(s) could not be scheduled and are not in these dates.</source>
        <translation>%n 个步骤无法排期，不在这些日期内。</translation>
    </message>
    <message>
        <source>Approving it accepts %n open risk(s), listed in the summary.</source>
        <translation>批准即表示接受 %n 项未解决的风险，已在摘要中列出。</translation>
    </message>
    <message>
        <source>Every readiness check passes.</source>
        <translation>所有就绪检查均已通过。</translation>
    </message>
    <message>
        <source>The plan is NOT ready: 1 readiness check fails (%1). The board approves despite it or sends the plan back.</source>
        <translation>计划尚未就绪：1 项就绪检查未通过（%1）。委员会可不顾此项予以批准，或将计划退回。</translation>
    </message>
    <message>
        <source>The plan is NOT ready: %1 readiness checks fail (%2). The board approves despite them or sends the plan back.</source>
        <translation>计划尚未就绪：%1 项就绪检查未通过（%2）。委员会可不顾这些项予以批准，或将计划退回。</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>drawing the plan needs a QApplication (use the offscreen platform without a display)</source>
        <translation>绘制计划需要 QApplication（在没有显示器时使用 offscreen 平台）</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>输出未打开以供写入</translation>
    </message>
    <message>
        <source>the page size must be A4 or Letter</source>
        <translation>页面尺寸必须为 A4 或 Letter</translation>
    </message>
    <message>
        <source>Unnamed project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>%1 · Upgrade plan</source>
        <translation>%1 · 升级计划</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <source>Plan SHA-256 %1…</source>
        <translation>计划 SHA-256 %1…</translation>
    </message>
    <message>
        <source>Upgrade plan: %1</source>
        <translation>升级计划：%1</translation>
    </message>
    <message>
        <source>Upgrade Planner %1</source>
        <translation>Upgrade Planner %1</translation>
    </message>
    <message>
        <source>Conflicts and waivers</source>
        <translation>冲突和豁免</translation>
    </message>
    <message>
        <source>What the compatibility check and the schedule found, in every state the estate passes through: today (current), during the upgrade (intermediate) and at the end (target). A waiver is a conflict someone accepted, with the reason and until when.</source>
        <translation>兼容性检查和排期在 IT 资产经历的每个状态中发现的问题：当前（现状）、升级期间（中间状态）和结束时（目标状态）。豁免是指某人已接受的冲突，附有理由和有效期限。</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>未豁免</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>What may break</source>
        <translation>可能出现的问题</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>接受的理由</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>No conflict is left open.</source>
        <translation>没有未解决的冲突。</translation>
    </message>
    <message>
        <source>No conflict is waived.</source>
        <translation>没有已豁免的冲突。</translation>
    </message>
    <message>
        <source>Changes since the previous plan</source>
        <translation>自上一计划以来的变更</translation>
    </message>
    <message>
        <source>Compared with the plan of SHA-256 %1.</source>
        <translation>与 SHA-256 为 %1 的计划进行比较。</translation>
    </message>
    <message>
        <source>No changes: both plans say the same.</source>
        <translation>无变更：两个计划内容相同。</translation>
    </message>
    <message>
        <source>%n change(s) the board approves again with this plan.</source>
        <translation>委员会需随本计划重新批准 %n 项变更。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Each approver signs the plan&apos;s SHA-256 below with their own key: &quot;upgrade-planner sign plan.json --key KEY --signer NAME --role ROLE&quot; or File &gt; Sign Plan in the workbench. A signature covers exactly this plan: any change to the plan changes the SHA-256 and needs new signatures. Anyone can check the signatures with &quot;upgrade-planner verify&quot; or with sha256sum and openssl alone. The lines below are for a printed copy.</source>
        <translation>每位批准人使用自己的密钥签署下面的计划 SHA-256：&quot;upgrade-planner sign plan.json --key KEY --signer NAME --role ROLE&quot;，或在工作台中使用“文件 &gt; 签署计划”。签名仅涵盖此计划：对计划的任何更改都会改变 SHA-256，并需要重新签名。任何人都可以使用 &quot;upgrade-planner verify&quot;，或仅用 sha256sum 和 openssl 检查签名。下面的签名栏供打印件使用。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Plan SHA-256</source>
        <translation>计划 SHA-256</translation>
    </message>
    <message>
        <source>By signing, the approver</source>
        <translation>通过签名，批准人</translation>
    </message>
    <message>
        <source>The board is asked to approve</source>
        <translation>请委员会批准</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>valid; the key was not checked against a list of trusted keys (compare its fingerprint with the approver&apos;s published key)</source>
        <translation>有效；未对照受信任密钥列表检查该密钥（请将其指纹与批准人公布的密钥进行比对）</translation>
    </message>
    <message>
        <source>valid, trusted key</source>
        <translation>有效，受信任的密钥</translation>
    </message>
    <message>
        <source>valid, key not trusted</source>
        <translation>有效，密钥不受信任</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>由 %1 批准</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>This approval does not count until its signature is valid and made with a trusted key.</source>
        <translation>在签名有效且使用受信任的密钥做出之前，此批准不计入。</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>尚待签名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>The change: why, how risky, which review path</source>
        <translation>变更：原因、风险程度、审查路径</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Risk of the plan</source>
        <translation>计划的风险</translation>
    </message>
    <message>
        <source>%1 (score %2, the sum over %n step(s))</source>
        <translation>%1（评分 %2，为 %n 个步骤的总和）</translation>
    </message>
    <message>
        <source>Review path</source>
        <translation>审查路径</translation>
    </message>
    <message>
        <source>Each step&apos;s score adds the points of the rules that apply to it; each point names its cause. 0-3 is low, 4-7 medium, 8 and more high (docs/change-records.md).</source>
        <translation>每个步骤的评分是适用于它的各项规则的分值之和；每个分值都注明其起因。0-3 为低，4-7 为中，8 及以上为高（docs/change-records.md）。</translation>
    </message>
    <message>
        <source>Steps by risk, highest first</source>
        <translation>按风险排序的步骤，从高到低</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No step scores a risk point.</source>
        <translation>没有步骤获得风险分值。</translation>
    </message>
    <message>
        <source>Business impact</source>
        <translation>业务影响</translation>
    </message>
    <message>
        <source>The business processes the plan touches: a process is affected by a step on any component it uses or that those depend on. Emergency, payment, production-control and public-service processes are on the stricter list. The downtime adds up every step that stops the process, over all windows; a single step longer than the service level allows is listed under what is missing.</source>
        <translation>计划涉及的业务流程：如果某个步骤作用于流程所使用的组件或这些组件所依赖的组件，该流程即受影响。紧急、支付、生产控制和公共服务流程属于更严格的清单。停机时间为所有窗口中使该流程中断的全部步骤之和；单个步骤超过服务级别允许时间的，会列在“缺少的内容”下。</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务级别</translation>
    </message>
    <message>
        <source>Downtime, all steps</source>
        <translation>停机时间（所有步骤）</translation>
    </message>
    <message>
        <source>Stricter list</source>
        <translation>更严格的清单</translation>
    </message>
    <message>
        <source>external customers</source>
        <translation>外部客户</translation>
    </message>
    <message>
        <source>at most %1 down</source>
        <translation>最长中断 %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>No recorded business process is affected.</source>
        <translation>没有已记录的业务流程受到影响。</translation>
    </message>
    <message>
        <source>What is missing before approval</source>
        <translation>批准前缺少的内容</translation>
    </message>
    <message>
        <source>Nothing: every step has its backup with a tested restore, a rollback plan, acceptance checks, monitoring and its configuration inventory; every window has its messages.</source>
        <translation>无：每个步骤都具备经过恢复测试的备份、回滚计划、验收检查、监控及配置清单；每个窗口都有其通知消息。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>该计划</translation>
    </message>
    <message>
        <source>Each step: backup, rollback, checks and monitoring</source>
        <translation>每个步骤：备份、回滚、检查和监控</translation>
    </message>
    <message>
        <source>How each moving component is saved before its step, who decides to undo it and on what signs, how it is undone and what may be lost, the checks that prove it works (core functions first) and what is watched afterwards.</source>
        <translation>每个变动组件在其步骤之前如何保存、由谁根据哪些迹象决定撤销、如何撤销以及可能丢失什么、证明其正常工作的检查（核心功能优先），以及之后监控的内容。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Acceptance and monitoring</source>
        <translation>验收和监控</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>kept in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <source>for %1 days</source>
        <translation>保留 %1 天</translation>
    </message>
    <message>
        <source>taken: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>restore tested: %1%2</source>
        <translation>恢复测试：%1%2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>if: %1</source>
        <translation>条件：%1</translation>
    </message>
    <message>
        <source>decides: %1</source>
        <translation>决策人：%1</translation>
    </message>
    <message>
        <source>restores: %1</source>
        <translation>恢复：%1</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>may lose: %1</source>
        <translation>可能丢失：%1</translation>
    </message>
    <message>
        <source>after the migration: forward repair only</source>
        <translation>迁移后：仅限向前修复</translation>
    </message>
    <message>
        <source>[core] </source>
        <translation>[核心] </translation>
    </message>
    <message>
        <source>watch %1 (baseline %2) for %3 h</source>
        <translation>监控 %1（基线 %2），持续 %3 小时</translation>
    </message>
    <message>
        <source>none defined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>Checks for a whole window</source>
        <translation>整个窗口的检查</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Passes when</source>
        <translation>通过标准</translation>
    </message>
    <message>
        <source>[logs] </source>
        <translation>[日志] </translation>
    </message>
    <message>
        <source>Configuration that must survive, and the pilots</source>
        <translation>必须保留的配置及试点</translation>
    </message>
    <message>
        <source>Configuration inventory</source>
        <translation>配置清单</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>已备份</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Pilots and tests before production</source>
        <translation>投入生产前的试点和测试</translation>
    </message>
    <message>
        <source>Where, when</source>
        <translation>地点、时间</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>试验内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>在 %1 上</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>flows: %1</source>
        <translation>数据流：%1</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>沟通</translation>
    </message>
    <message>
        <source>The messages to the people each window affects, filled in with the window&apos;s real times and services: %n message(s).</source>
        <translation>发送给受各窗口影响人员的通知消息，已填入窗口的实际时间和服务：%n 条消息。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The upgrade record: planned against actual</source>
        <translation>升级记录：计划与实际对比</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Issues, rollback, follow-up</source>
        <translation>问题、回滚、后续措施</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 (solved: %2)</source>
        <translation>%1（已解决：%2）</translation>
    </message>
    <message>
        <source>rollback: %1</source>
        <translation>回滚：%1</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>后续措施：%1</translation>
    </message>
    <message>
        <source>UPGRADE PLAN FOR APPROVAL</source>
        <translation>待批准的升级计划</translation>
    </message>
    <message>
        <source>Decision asked of the board</source>
        <translation>请委员会做出的决定</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>未知日期</translation>
    </message>
    <message>
        <source>Plan starts</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Times are in</source>
        <translation>时间所用时区</translation>
    </message>
    <message>
        <source>local wall-clock time</source>
        <translation>本地挂钟时间</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>yes: every readiness check passes</source>
        <translation>是：所有就绪检查均已通过</translation>
    </message>
    <message>
        <source>no: see the readiness checks in the summary</source>
        <translation>否：请参见摘要中的就绪检查</translation>
    </message>
    <message>
        <source>Plan SHA-256 (what approvers sign)</source>
        <translation>计划 SHA-256（批准人所签署的内容）</translation>
    </message>
    <message>
        <source>Estate SHA-256</source>
        <translation>IT 资产 SHA-256</translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation>计算工具</translation>
    </message>
    <message>
        <source>Upgrade Planner %1, end-of-life data of %2</source>
        <translation>Upgrade Planner %1，生命周期数据截至 %2</translation>
    </message>
    <message>
        <source>How to read this document</source>
        <translation>如何阅读本文档</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What the plan achieves, when it ends, how long each business process is down, the open risks and whether the plan is ready.</source>
        <translation>计划实现的目标、结束时间、各业务流程的停机时长、未解决的风险以及计划是否就绪。</translation>
    </message>
    <message>
        <source>What moves</source>
        <translation>变动内容</translation>
    </message>
    <message>
        <source>Each component that changes, with its current and target version.</source>
        <translation>每个发生变更的组件，及其当前版本和目标版本。</translation>
    </message>
    <message>
        <source>Graph, timeline</source>
        <translation>依赖关系图、时间线</translation>
    </message>
    <message>
        <source>The same plan as pictures: what depends on what, and when each step runs.</source>
        <translation>以图片形式呈现同一计划：组件之间的依赖关系，以及每个步骤的运行时间。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Window by window: each step with its duration, the time kept to undo it, its point of no return and who carries it out.</source>
        <translation>按窗口列出：每个步骤的时长、为撤销预留的时间、不可回头点以及执行人员。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>What could break, and what was accepted by waiver and why.</source>
        <translation>可能出现的问题，以及通过豁免接受了哪些问题及其理由。</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Why and how risky, whom it affects, what is missing, and for each step its backup, rollback, checks and monitoring; the configuration, pilots and messages to users.</source>
        <translation>原因和风险程度、影响对象、缺少的内容，以及每个步骤的备份、回滚、检查和监控；配置、试点以及发给用户的通知消息。</translation>
    </message>
    <message>
        <source>The approvers&apos; signatures over the plan&apos;s SHA-256.</source>
        <translation>批准人对计划 SHA-256 的签名。</translation>
    </message>
    <message>
        <source>Components that move</source>
        <translation>变动的组件</translation>
    </message>
    <message>
        <source>%1 of %2 in the estate</source>
        <translation>IT 资产中 %2 个组件中的 %1 个</translation>
    </message>
    <message>
        <source>%1 scheduled in %n wave(s); %2 not scheduled</source>
        <translation>%1 已排期在 %n 个批次中；%2 未排期</translation>
    </message>
    <message>
        <source>Maintenance windows used</source>
        <translation>使用的维护窗口</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>none: nothing placed</source>
        <translation>无：未安排任何内容</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未解决的风险</translation>
    </message>
    <message>
        <source>%n not waived (see below)</source>
        <translation>%n 项未豁免（见下文）</translation>
    </message>
    <message>
        <source>Accepted by waiver</source>
        <translation>已通过豁免接受</translation>
    </message>
    <message>
        <source>%n conflict(s)</source>
        <translation>%n 个冲突</translation>
    </message>
    <message>
        <source>Downtime per business process</source>
        <translation>各业务流程的停机时间</translation>
    </message>
    <message>
        <source>Expected downtime</source>
        <translation>预计停机时间</translation>
    </message>
    <message>
        <source>Worst case (every step rolled back)</source>
        <translation>最坏情况（每个步骤都回滚）</translation>
    </message>
    <message>
        <source>Steps affecting it</source>
        <translation>影响它的步骤</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪情况</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Open risks: the %1 most serious of %2 (all in &quot;Conflicts and waivers&quot;)</source>
        <translation>未解决的风险：%2 项中最严重的 %1 项（全部列于“冲突和豁免”中）</translation>
    </message>
    <message>
        <source>Open risks: what may still break during or after the upgrade</source>
        <translation>未解决的风险：升级期间或之后仍可能出现的问题</translation>
    </message>
    <message>
        <source>Open risks: none. Every conflict found is either waived or informational.</source>
        <translation>未解决的风险：无。发现的每个冲突均已豁免或仅为提示信息。</translation>
    </message>
    <message>
        <source>The %n moving component(s), outlined in blue, and the components directly connected to them. Each box shows the name and the current and target versions; an arrow points from a component to one it depends on. Red: involved in a conflict not waived.</source>
        <translation>%n 个变动的组件（蓝色轮廓）及与其直接相连的组件。每个方框显示名称以及当前版本和目标版本；箭头从组件指向其所依赖的组件。红色：涉及未豁免的冲突。</translation>
    </message>
    <message>
        <source>With %n components the names are too small to read at 100 %: zoom into this page, or see the full graph in the SVG export (upgrade-planner export --format svg).</source>
        <translation>共有 %n 个组件，在 100% 比例下名称太小无法阅读：请放大此页面，或查看 SVG 导出中的完整依赖关系图（upgrade-planner export --format svg）。</translation>
    </message>
    <message>
        <source>Dependency graph of the moving components</source>
        <translation>变动组件的依赖关系图</translation>
    </message>
    <message>
        <source>The whole plan in time. Shaded bands are the maintenance windows (freezes in a different shade); each row is one step, its bar coloured by phase as the legend says. The pale part after a bar is the time kept to undo the step; the red tick is its point of no return. The steps of each window, with their times, follow in the next section.</source>
        <translation>整个计划的时间安排。带阴影的区域为维护窗口（变更冻结期以不同阴影表示）；每行是一个步骤，其条形按图例所示以阶段着色。条形后面的浅色部分是为撤销该步骤预留的时间；红色刻度为其不可回头点。各窗口的步骤及其时间见下一节。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Window %1 · %2 to %3 · %n parallel lane(s)</source>
        <translation>窗口 %1 · %2 至 %3 · %n 个并行通道</translation>
    </message>
    <message>
        <source> · worst case ends %1</source>
        <translation> · 最坏情况于 %1 结束</translation>
    </message>
    <message>
        <source>, %1 past the window</source>
        <translation>，超出窗口 %1</translation>
    </message>
    <message>
        <source>, inside the window</source>
        <translation>，在窗口内</translation>
    </message>
    <message>
        <source>Each component that changes version, from where it is today to its target, through the intermediate versions (stepping stones) the upgrade must pass. Waves: steps of one wave do not depend on each other; a wave starts only when the previous one is done.</source>
        <translation>每个变更版本的组件，从当前版本到目标版本，以及升级必须经过的中间版本（过渡版本）。批次：同一批次中的步骤互不依赖；只有上一批次完成后，下一批次才会开始。</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Nothing moves: no component has a target version.</source>
        <translation>没有变动：没有组件设置了目标版本。</translation>
    </message>
    <message>
        <source>Steps, window by window</source>
        <translation>按窗口列出的步骤</translation>
    </message>
    <message>
        <source>One table per maintenance window used; times are wall-clock times in the project&apos;s time zone (%1). Time: from preparation to the end of verification. Rollback reserve: time kept free after the go/no-go decision to undo the step (&quot;restore&quot;: undoing means restoring the backup). Point of no return: the latest moment a rollback can start and still end inside the window. Staff: who must be present.</source>
        <translation>每个使用的维护窗口对应一张表；时间为项目时区（%1）的挂钟时间。时间：从准备到验证结束。回滚预留：执行/不执行决策（Go/No-Go）之后为撤销该步骤预留的时间（“恢复”：撤销即恢复备份）。不可回头点：能够开始回滚并仍在窗口内结束的最晚时刻。人员：必须在场的人员。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>从 → 到</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Rollback reserve</source>
        <translation>回滚预留</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation>不可回头点</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>(restore)</source>
        <translation>（恢复）</translation>
    </message>
    <message>
        <source>No step could be placed in a maintenance window.</source>
        <translation>没有步骤可以安排到维护窗口中。</translation>
    </message>
    <message>
        <source>Not scheduled and blocked</source>
        <translation>未排期和受阻</translation>
    </message>
    <message>
        <source>Every step has its place in a window; no upgrade is blocked.</source>
        <translation>每个步骤都已安排到窗口中；没有升级受阻。</translation>
    </message>
    <message>
        <source>Not scheduled and blocked: %n upgrade step(s) that will not happen as planned until their cause is solved or accepted</source>
        <translation>未排期和受阻：%n 个升级步骤在其原因得到解决或被接受之前不会按计划进行</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <source>Upgrade plan: %1, scenario %2</source>
        <translation>升级计划：%1，场景 %2</translation>
    </message>
    <message>
        <source>Scenario: %1 (a variant of the project&apos;s plan, not its baseline)</source>
        <translation>场景：%1（项目计划的一个变体，而非其基线）</translation>
    </message>
    <message>
        <source>Project history</source>
        <translation>项目历史</translation>
    </message>
    <message>
        <source>none recorded: computed from an estate file, not a saved project</source>
        <translation>无记录：由资产文件计算，而非已保存的项目</translation>
    </message>
</context>
<context>
    <name>planner::recordcolumns</name>
    <message>
        <source>Several items separated by “;”</source>
        <translation>多个条目，以“;”分隔</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date; write it as 2027-03-31, or leave it empty.</source>
        <translation>%1：“%2”不是日期；请写成 2027-03-31 的形式，或留空。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of minutes.</source>
        <translation>%1：“%2”不是分钟数。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number of at least %3.</source>
        <translation>%1：“%2”不是不小于 %3 的整数。</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1：“%2”不是 %3 之一。</translation>
    </message>
    <message>
        <source>The id of a component of the estate</source>
        <translation>IT 资产中某个组件的 ID</translation>
    </message>
    <message>
        <source>%1: no component has the id “%2”.</source>
        <translation>%1：没有 ID 为“%2”的组件。</translation>
    </message>
</context>
</TS>
