/**
 * Words a query may hold that say nothing about which question is meant. Pagefind requires every
 * query word to occur in a result, and readers type whole sentences (“pod 起不来是啥情况”), so these
 * are dropped before searching (see client/plan.ts).
 */

/**
 * Question words and colloquial filler, removed wherever they occur in Chinese, longest first so
 * “怎么办” goes before “怎么”. “作用” (what something is for) is one too: every answer says it, few
 * in that word. Single characters are only particles that are never part of a term.
 */
export const QUESTION_WORDS: readonly string[] = [
  // Asking what or why.
  '是什么意思', '有什么用', '有什么', '是啥情况', '什么情况', '怎么回事', '咋回事', '怎么理解',
  '是干什么的', '是干嘛的', '干什么用', '干什么', '干嘛', '干啥', '有啥用', '有啥', '啥意思', '啥原因',
  '为什么', '为啥', '为毛', '是什么', '什么是', '什么', '有哪些', '哪些', '是啥', '啥', '如何', '咋样', '是否', '能否', '可否',
  // Asking how it works: the answer explains it whatever the verb (工作 alone would find 工作负载).
  '是怎么工作的', '是如何工作的', '怎么工作', '如何工作', '怎样工作', '怎么做到', '如何做到',
  // Asking how to fix it.
  '怎么办', '怎么样', '怎么做', '怎么用', '怎么搞', '怎么弄', '怎么整', '怎么破', '咋整', '咋办', '咋弄', '咋破', '咋搞',
  '怎么解决', '如何解决', '咋解决', '怎么处理', '如何处理', '咋处理', '解决办法', '解决方法', '处理方法', '怎么', '怎样', '咋',
  // Asking for help: forum greetings, thanks and self-descriptions.
  '请问', '请教', '求助', '求教', '求解', '求救', '跪求', '求大神', '大神们', '大神', '大佬们', '大佬', '各位', '大家好', '大家',
  '求指点', '求指导', '求问', '兄弟们', '老哥', '萌新', '小白', '新手', '有人知道', '谁知道', '在线等', '急急急', '帮忙看看', '帮忙', '麻烦', '谢谢', '多谢',
  '该怎么回答', '怎么回答', '被问到', '问到', '生产环境', '测试环境', '线上环境', '我们公司', '公司里',
  '面试官', '面试题', '面试', '问一下', '讲一下', '说一下', '介绍一下', '了解一下', '看一下', '一下',
  '讲讲', '说说', '聊聊', '谈谈', '简述', '简单说', '你对', '有没有', '是不是', '能不能', '可不可以', '行不行', '到底', '究竟',
  // How often or how oddly it happens: the answer is the same however often.
  '老是', '总是', '一直', '经常', '频繁', '时不时', '动不动', '突然', '莫名其妙', '莫名', '明明', '竟然', '居然', '好像', '似乎',
  '死活', '我这边', '我的', '我们', '咱们', '的话', '了解', '作用', '用途', '吗', '呢', '呀', '啊', '吧', '嘛', '呗', '哦', '啦',
  // Asking which to pick, or whether something is still there, will happen or is needed: the answer
  // compares or explains either way.
  '选哪个', '用哪个', '哪个好', '哪个', '哪种', '还在不在', '在不在', '能用不',
  '会不会', '要不要', '需不需要',
];

/**
 * English words with no topic of their own; dropped when a query has other words. Never a kubectl
 * verb (explain, get, describe …): those name commands.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'what', 'whats', 'how', 'why', 'when',
  'where', 'which', 'who', 'whom', 'whose', 'do', 'does', 'did', 'done', 'doing', 'to', 'of', 'in', 'on', 'at', 'for',
  'and', 'or', 'but', 'nor', 'vs', 'versus', 'with', 'without', 'within', 'into', 'onto', 'from', 'by', 'as', 'than',
  'then', 'so', 'too', 'very', 'my', 'our', 'your', 'their', 'his', 'her', 'i', 'me', 'we', 'us', 'you', 'they',
  'them', 'he', 'she', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'can', 'could', 'should',
  'would', 'will', 'shall', 'may', 'might', 'must', 'have', 'has', 'had', 'if', 'else', 'while', 'during', 'after',
  'before', 'about', 'any', 'some', 'all', 'each', 'every', 'other', 'another', 'such', 'only', 'just', 'also',
  'still', 'even', 'again', 'ever', 'never', 'always', 'often', 'way', 'ways', 'thing', 'things', 'difference',
  'differences', 'between', 'meaning', 'mean', 'means', 'explained', 'work', 'works', 'working', 'happen',
  'happens', 'happened', 'keep', 'keeps', 'kept', 'possible', 'best', 'good', 'better', 'use', 'using', 'used',
  // How readers frame a problem in English forums: the answer names the problem, not the frame.
  'stuck', 'cannot', 'cant', 'unable', 'help', 'please', 'issue', 'issues', 'problem', 'problems', 'anyone',
  'somebody', 'someone', 'suddenly', 'randomly', 'sometimes',
  // Function words of a pasted error line (“Volume is already exclusively attached to one node and
  // can't be attached to another”): rare in the answers, so they would outweigh the error's own terms.
  'already', 'one', 'not', 'no', 't', 's', 'don', 'doesn', 'isn', 'aren', 'wasn', 'won', 'couldn', 'shouldn',
]);

/**
 * The frame of a pasted event or log line (“Warning  Failed  kubelet  Error: …”): they say that
 * something went wrong, never what, and every error message in an alias holds them. In a pasted
 * line they only count in ranking (see plan.ts); asked on their own they are searched as usual.
 */
export const LOG_FRAME_WORDS: ReadonlySet<string> = new Set(['warning', 'normal', 'error', 'errors', 'failed', 'failure', 'reason', 'message', 'type', 'events']);

/**
 * Single characters that are never part of a term when the browser's word breaker leaves them on
 * their own: particles, pronouns, measure words. Characters it leaves alone are otherwise joined
 * back up (重|启 → 重启, 探|针 → 探针), and these would glue filler to them (改|了 → 改了).
 */
export const PARTICLES: ReadonlySet<string> = new Set([...'了的地得着过吗呢吧啊呀嘛就都也还又再才很太老总会能让要把被给在是有没别和与或及跟对从到向往以里上下中个台种某这那哪每各其另它我你们啥咋该一两几']);

/**
 * Everyday verbs and 时 that readers use on their own (“怎么查日志”, “挂掉时”) but that are also
 * half of words the word breaker does not know (排|查, 超|时, 定|时, 弃|用, 构|建, 配|额): next to
 * another lone character they are part of a word, elsewhere they separate words like particles.
 */
export const LOOSE_CHARACTERS: ReadonlySet<string> = new Set([...'想放看用建开跑做搞弄改配装删加查找拿时']);

/** Colloquial words the word breaker does know, with no topic of their own. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  '想让', '想要', '一个', '两个', '几个', '以后', '之后', '时候', '没了', '要用', '别在', '比较', '比较好', '好啊',
  '这块', '这个', '那个', '自己', '能够', '可以', '应该', '其实', '然后', '还是', '或者', '但是', '而且', '如果',
  '能不能', '一大', '东西', '咋弄', '咋办', '搞定', '老是', '总是', '经常', '突然', '一直是', '直接', '没法', '没办法',
  '某台', '某个', '这台', '那台', '一台', '哪台', '放哪', '哪里', '哪儿', '这里', '那里', '里面', '里边', '这种', '那种',
  '这样', '那样', '就是', '可是', '不过', '所以', '因为', '一般', '通常', '平时', '之类', '等等', '一些', '有些',
  '情况', '问题', '大概', '遇到', '碰到', '怎么着', '一次', '每次', '公司', '线上', '看到', '最后', '结果是',
]);

/**
 * Words readers add to a concept (“HPA 原理”, “Ingress 使用场景”) that answers use only here and
 * there. Required, one of them would exclude the very question about the concept, so they only
 * count in ranking, where a title that holds one still gets its credit.
 */
export const SOFT_WORDS: readonly string[] = [
  '工作原理', '实现原理', '底层原理', '原理', '机制', '使用场景', '应用场景', '适用场景', '场景', '区别', '异同', '对比', '比较',
  '优缺点', '优点', '缺点', '优势', '特点', '特性', '流程', '过程', '步骤', '方法', '方式', '概念', '含义', '意思',
  '用法', '使用', '详解', '最佳实践', '实践', '实现', '介绍', '理解', '原因',
  // How study notes and blog titles frame a concept (“… 底层原理剖析”, “… 入门教程”); not 解析, which
  // of DNS is the concept itself.
  '核心原理', '设计思想', '设计理念', '源码分析', '源码', '底层', '本质', '内部', '细节', '深入', '剖析',
  '工作流程', '执行流程', '好处', '意义', '目的', '必要性', '注意事项', '踩坑', '教程', '入门', '总结', '示例', '例子', '案例',
  // A verb's complement (监控起来, 搭起来, 用起来, 看起来): it adds no topic, and required it would rule out
  // every answer that says 监控 without it. Not in 起不来, and 没起来 is rewritten first (see READER_PHRASES).
  '起来',
  // What readers say of anything that stopped working (挂了, 崩了 are rewritten to it): of a container
  // it means a crash, of kube-apiserver or a node an outage the answers call by other names.
  '崩溃',
];

/** Words every answer of this handbook is about: “k8s 调度” means 调度. Dropped unless nothing else is asked. */
export const SITE_WORDS: ReadonlySet<string> = new Set(['kubernetes', 'k8s']);
