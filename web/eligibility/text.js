// Every word of the eligibility step's own (eligibility/*.js), per language, plus the link texts
// the main page and the filing result use to lead here. Policy wording (the route sentence,
// reasons, checklist, deadline, audits, disease and filing-category names) is NOT here: it
// comes from the core (eligibility.check) with its sources, so page and core cannot disagree.
// Question titles are the questions themselves, in plain words; `short` names each answer on
// the "check your answers" screen.

import { bilingual } from '../shell/bilingual.js';
import { QUESTION_WORDS } from '../components/question-flow/text.js';

export const TEXT = bilingual({
  institutionSearch: {
    title: { 'zh-CN': (pharmacy) => (pharmacy ? '在本网站的定点药店名单里找' : '在本网站的定点医院名单里找'), en: (pharmacy) => (pharmacy ? 'Find the pharmacy in this site’s list of designated pharmacies' : 'Find the hospital in this site’s list of designated hospitals') },
    hint: { 'zh-CN': '输入名称、拼音或拼音首字母，例如“演示一院”或“ysyy”。找到了就点它，下面的问题会替您填好。', en: 'Type its name, its pinyin or the pinyin initials, for example “演示一院” or “ysyy”. Choose it, and the questions below are answered for you.' },
    source: { 'zh-CN': '名单：', en: 'List: ' },
    asOf: { 'zh-CN': (date) => `截至 ${date}`, en: (date) => `as of ${date}` },
    demo: { 'zh-CN': '（演示名单，机构都是虚构的）', en: '(a demonstration list: the institutions are fictional)' },
    label: { 'zh-CN': '名称或拼音', en: 'Name or pinyin' },
    results: { 'zh-CN': (n) => `找到 ${n} 家，点一下选中。`, en: (n) => `${n} found: choose one.` },
    noResults: { 'zh-CN': '名单里没有找到。可以换个写法，或者在下面自己回答。', en: 'Not in the list. Try another spelling, or answer the question below yourself.' },
    picked: { 'zh-CN': '已选：', en: 'Chosen: ' },
    orAnswer: { 'zh-CN': '找不到，或者不想找：直接回答下面的问题。', en: 'Not found, or you would rather not search: answer the question below.' },
  },
  pageTitle: { 'zh-CN': (screen) => `${screen} · 能不能直接结算 · 医保助手`, en: (screen) => `${screen} · Will it settle directly? · Medical insurance helper` },
  appName: { 'zh-CN': '医保助手', en: 'Medical insurance helper' },
  langGroup: { 'zh-CN': '语言', en: 'Language' },
  loading: { 'zh-CN': '正在加载…', en: 'Loading…' },
  loadFailed: { 'zh-CN': '页面没有加载成功，暂时不能查。请检查网络后刷新页面再试。', en: 'The page did not load properly, so checking is not possible yet. Please check your connection and reload the page.' },
  internalError: { 'zh-CN': '查的时候出了问题，请再试一次。', en: 'Something went wrong while checking. Please try again.' },
  ...QUESTION_WORDS,
  storageNote: { 'zh-CN': '你的回答和勾选只保存在这台设备的浏览器里，不会发送出去。病种只保存到关闭这个页面为止。', en: 'Your answers and ticks are kept only in this device’s browser and are not sent anywhere. The disease is kept only until you close this page.' },
  notOfficial: { 'zh-CN': '这只是本程序根据你的回答和公开资料给出的参考，以参保地和就医地医保部门的答复为准。', en: 'This is guidance from medins, based on your answers and public sources. The medical insurance offices of your insured place and of the place of treatment have the final word.' },
  start: {
    title: { 'zh-CN': '这次看病能不能直接结算？', en: 'Will this visit settle directly?' },
    intro: { 'zh-CN': '在参保地以外看病或买药，能不能在医院、药店直接用医保结算？不能的话，怎么报销、带什么材料、什么时候以前办？回答几个问题，一页一个。', en: 'When you are treated or buy medicine away from your insured place, can the hospital or pharmacy settle the bill with your medical insurance directly? If not, how do you claim, with which papers, and by when? Answer a few questions, one per page.' },
    needTitle: { 'zh-CN': '最好先准备好：', en: 'It helps to have ready:' },
    need: { 'zh-CN': ['看病的日期（住院的：入院和出院日期）', '医院或药店的名称', '备案的日期（办过备案的话）'], en: ['The date of the visit (for a hospital stay: admission and discharge dates)', 'The name of the hospital or pharmacy', 'The date of your filing (if you filed)'] },
    fromFiling: { 'zh-CN': '已经用你在“备案准备”里填的参保地、就医地、备案类别和开始日期先填好了，可以在问题里修改。', en: 'Your insured place, place of treatment, filing category and start date from “Preparing your filing” are already filled in; you can change them in the questions.' },
    button: { 'zh-CN': '开始', en: 'Start' },
    resume: { 'zh-CN': '接着上次的回答继续', en: 'Continue where you left off' },
  },
  steps: {
    insured: {
      title: { 'zh-CN': '你在哪里参保？', en: 'Where are you insured?' },
      short: { 'zh-CN': '参保地', en: 'Insured place' },
      hint: { 'zh-CN': '就是给你交医保的地方，一般是社保卡上的地方。可以输入地名、拼音或拼音首字母，比如“朝阳”“chaoyang”或“cy”，再从列表里选一个。', en: 'The place that pays your medical insurance, usually the one on your social security card. Type a place name in Chinese, in pinyin, or the first letters of the pinyin, for example “朝阳”, “chaoyang” or “cy”, then pick one from the list.' },
    },
    treatment: {
      title: { 'zh-CN': '你在哪里看病或买药？', en: 'Where are you being treated or buying medicine?' },
      short: { 'zh-CN': '就医地', en: 'Place of treatment' },
      hint: { 'zh-CN': '输入看病的市或区县，再从列表里选一个。', en: 'Type the city or county, then pick one from the list.' },
    },
    visit: {
      title: { 'zh-CN': '这次是哪一种看病？', en: 'What kind of visit is it?' },
      short: { 'zh-CN': '看病的种类', en: 'Kind of visit' },
      options: {
        inpatient: {
          label: { 'zh-CN': '住院', en: 'A hospital stay (inpatient)' },
        },
        general_outpatient: {
          label: { 'zh-CN': '普通门诊', en: 'An ordinary outpatient visit' },
          hint: { 'zh-CN': '挂号看病，不住院。', en: 'You see a doctor but do not stay in hospital.' },
        },
        chronic_outpatient: {
          label: { 'zh-CN': '门诊慢特病', en: 'Outpatient care for a chronic or special disease' },
          hint: { 'zh-CN': '比如高血压、糖尿病、透析、放化疗这类长期在门诊看的病。', en: 'Long-term outpatient care such as for high blood pressure, diabetes, dialysis or chemotherapy.' },
        },
        pharmacy: {
          label: { 'zh-CN': '在药店买药', en: 'Buying medicine at a pharmacy' },
          hint: { 'zh-CN': '用医保在定点药店买药。', en: 'With your medical insurance, at a designated pharmacy.' },
        },
        emergency: {
          label: { 'zh-CN': '急诊、抢救', en: 'Emergency care' },
          hint: { 'zh-CN': '突然生病或受伤，去了急诊。', en: 'You fell ill or were injured suddenly and went to an emergency department.' },
        },
      },
    },
    disease: {
      title: { 'zh-CN': '是哪一种门诊慢特病？', en: 'Which chronic or special disease is it?' },
      short: { 'zh-CN': '病种', en: 'Disease' },
      hint: { 'zh-CN': '可以跨省直接结算的病种列在下面。标着“未确认”的，是2024年新增的，还没有找到官方原文。', en: 'These diseases can settle directly across provinces. Those marked “unconfirmed” were added in 2024; no official text has been found for them yet.' },
      marked: { 'zh-CN': (name) => `${name}（未确认）`, en: (name) => `${name} (unconfirmed)` },
      other: {
        label: { 'zh-CN': '其他病种（不在上面）', en: 'Another disease (not listed above)' },
      },
    },
    admitted: {
      title: { 'zh-CN': '这次急诊后住院了吗？', en: 'Were you admitted to hospital after the emergency?' },
      short: { 'zh-CN': '急诊后住院', en: 'Admitted after the emergency' },
      hint: { 'zh-CN': '在急诊留观不算住院。', en: 'Staying for observation in the emergency department does not count.' },
    },
    admitted_on: {
      title: { 'zh-CN': '哪一天入院的？', en: 'On which day were you admitted?' },
      short: { 'zh-CN': '入院日期', en: 'Admission date' },
      hint: { 'zh-CN': '例如 2026年11月1日，就填 2026、11、1。还没入院的，填打算入院的日子。', en: 'For example, for 1 November 2026 enter 2026, 11, 1. If you have not gone in yet, enter the day you plan to.' },
    },
    discharged: {
      title: { 'zh-CN': '出院了吗？', en: 'Have you left hospital?' },
      short: { 'zh-CN': '出院了吗', en: 'Discharged' },
      options: {
        yes: {
          label: { 'zh-CN': '已经出院了', en: 'Yes, I have been discharged' },
        },
        not_yet: {
          label: { 'zh-CN': '还在住院', en: 'No, I am still in hospital' },
        },
      },
    },
    discharged_on: {
      title: { 'zh-CN': '哪一天出院的？', en: 'On which day were you discharged?' },
      short: { 'zh-CN': '出院日期', en: 'Discharge date' },
      hint: { 'zh-CN': '例如 2026年11月20日，就填 2026、11、20。', en: 'For example, for 20 November 2026 enter 2026, 11, 20.' },
    },
    visit_on: {
      title: { 'zh-CN': '哪一天去看病或买药？', en: 'On which day is the visit or purchase?' },
      short: { 'zh-CN': '看病日期', en: 'Date of the visit' },
      hint: { 'zh-CN': '已经去过的，填那一天；还没去的，填打算去的日子。', en: 'If you have been already, enter that day; if not, the day you plan to go.' },
    },
    designated: {
      title: { 'zh-CN': (pharmacy) => (pharmacy ? '这家药店是医保定点药店吗？' : '这家医院是医保定点医院吗？'), en: (pharmacy) => (pharmacy ? 'Is the pharmacy designated by medical insurance?' : 'Is the hospital designated by medical insurance?') },
      short: { 'zh-CN': '是医保定点吗', en: 'Designated by medical insurance' },
      hint: { 'zh-CN': '医保定点的医院和药店，一般在门口或收费处挂着“医保定点”的牌子。', en: 'Designated hospitals and pharmacies usually show a “医保定点” sign at the entrance or the cashier.' },
      options: {
        yes: {
          label: { 'zh-CN': '是', en: 'Yes' },
        },
        no: {
          label: { 'zh-CN': '不是', en: 'No' },
        },
        unknown: {
          label: { 'zh-CN': '不知道', en: 'I don’t know' },
          hint: { 'zh-CN': '没关系，结果里会告诉你怎么查。', en: 'That is fine: the answer will tell you how to find out.' },
        },
      },
    },
    networked: {
      title: {
        'zh-CN': (setting) => ({
          inpatient: '这家医院开通了外地参保人住院费用的直接结算吗？',
          outpatient: '这家医院开通了外地参保人门诊费用的直接结算吗？',
          chronic: '这家医院开通了外地参保人这种门诊慢特病的直接结算吗？',
          pharmacy: '这家药店开通了外地参保人买药的直接结算吗？',
        })[setting],
        en: (setting) => ({
          inpatient: 'Does the hospital settle hospital stays directly for people insured elsewhere?',
          outpatient: 'Does the hospital settle outpatient visits directly for people insured elsewhere?',
          chronic: 'Does the hospital settle this chronic disease care directly for people insured elsewhere?',
          pharmacy: 'Does the pharmacy settle purchases directly for people insured elsewhere?',
        })[setting],
      },
      short: { 'zh-CN': '开通了异地直接结算吗', en: 'Networked for direct settlement' },
      hint: { 'zh-CN': '也叫“异地联网”。不清楚的，选“不知道”。', en: 'This is also called being networked (异地联网). If you are not sure, choose “I don’t know”.' },
      options: {
        yes: {
          label: { 'zh-CN': '开通了', en: 'Yes' },
        },
        no: {
          label: { 'zh-CN': '没有开通', en: 'No' },
        },
        unknown: {
          label: { 'zh-CN': '不知道', en: 'I don’t know' },
          hint: { 'zh-CN': '没关系，结果里会告诉你怎么查。', en: 'That is fine: the answer will tell you how to find out.' },
        },
      },
    },
    filed: {
      title: { 'zh-CN': '你办过异地就医备案吗？', en: 'Have you filed for care away from your insured place (异地就医备案)?' },
      short: { 'zh-CN': '办过备案吗', en: 'Filed' },
      hint: { 'zh-CN': '备案就是告诉参保地你要在外地看病。只是在本程序里准备过、还没有办好的，选“否”。', en: 'Filing tells your insured place that you are being treated elsewhere. If you only prepared it in medins and have not filed yet, choose “No”.' },
    },
    category: {
      title: { 'zh-CN': '办的是哪一类备案？', en: 'Which kind of filing was it?' },
      short: { 'zh-CN': '备案类别', en: 'Filing category' },
      hint: { 'zh-CN': '看备案回执或办理时的页面上写的类别。', en: 'It is on the filing receipt or the page where you filed.' },
    },
    filed_on: {
      title: { 'zh-CN': '备案从哪一天开始生效？', en: 'From which day is the filing valid?' },
      short: { 'zh-CN': '备案开始日期', en: 'Filing start date' },
      hint: { 'zh-CN': '看备案回执上的开始日期。例如 2026年10月1日，就填 2026、10、1。', en: 'The start date on the filing receipt. For example, for 1 October 2026 enter 2026, 10, 1.' },
    },
    voucher: {
      title: { 'zh-CN': '你的医保电子凭证激活了吗？', en: 'Is your medical insurance e-voucher activated?' },
      short: { 'zh-CN': '医保电子凭证', en: 'Medical insurance e-voucher' },
      hint: { 'zh-CN': '医保电子凭证在国家医保服务平台APP、微信或支付宝里，激活后会有一个二维码。', en: 'The e-voucher (医保电子凭证) is in the national medical insurance service platform app, WeChat or Alipay; once activated it shows a QR code.' },
      options: {
        yes: {
          label: { 'zh-CN': '激活了', en: 'Yes, it is activated' },
        },
        no: {
          label: { 'zh-CN': '没有激活', en: 'No' },
        },
        unknown: {
          label: { 'zh-CN': '不知道', en: 'I don’t know' },
        },
      },
    },
    paid: {
      title: { 'zh-CN': '这次的费用已经付过钱结完账了吗？', en: 'Have you already paid this bill?' },
      short: { 'zh-CN': '已经结账了吗', en: 'Already paid' },
      options: {
        yes: {
          label: { 'zh-CN': '已经付钱结账了', en: 'Yes, I have paid' },
        },
        no: {
          label: { 'zh-CN': '还没有结账', en: 'Not yet' },
        },
      },
    },
  },
  check: {
    title: { 'zh-CN': '检查你的回答', en: 'Check your answers' },
    intro: { 'zh-CN': '请看看下面的回答对不对。哪一项要改，就点它旁边的“修改”。', en: 'Please check that the answers below are right. To change one, press “Change” next to it.' },
    change: { 'zh-CN': '修改', en: 'Change' },
    notAnswered: { 'zh-CN': '还没有回答', en: 'Not answered yet' },
    submit: { 'zh-CN': '确认，查看结果', en: 'Confirm and see the answer' },
  },
  answer: {
    title: { 'zh-CN': '能不能直接结算', en: 'Will it settle directly?' },
    routeLabel: { 'zh-CN': '结果', en: 'Answer' },
    unconfirmed: { 'zh-CN': '未确认', en: 'Unconfirmed' },
    sources: { 'zh-CN': '依据', en: 'Basis' },
    confidence: {
      high: { 'zh-CN': '依据可靠', en: 'well sourced' },
      medium: { 'zh-CN': '依据待核实', en: 'sources to be checked' },
      low: { 'zh-CN': '未确认', en: 'unconfirmed' },
    },
    unconfirmedNote: { 'zh-CN': '标着“未确认”的内容，没有找到可靠的官方原文，请向参保地医保部门核实。', en: 'Parts marked “Unconfirmed” have no reliable official text behind them yet: please check them with your insured place’s medical insurance office.' },
    routeUnconfirmed: { 'zh-CN': '这个结果所依据的规定还没有核实，请向参保地医保部门确认。', en: 'The rule behind this answer is not confirmed: please check it with your insured place’s medical insurance office.' },
    sections: {
      reasons: { 'zh-CN': '为什么', en: 'Why' },
      checks: { 'zh-CN': '先核对这几件事', en: 'Check these first' },
      branches: { 'zh-CN': '核对后会是哪一种', en: 'What the answer will be once you know' },
      show: { 'zh-CN': '看病时出示什么', en: 'What to show when you are treated' },
      claim: { 'zh-CN': '怎么手工报销', en: 'How to claim back manually' },
      claimIfNeeded: { 'zh-CN': '如果要手工报销', en: 'If you need to claim back manually' },
      checklist: { 'zh-CN': '要准备的材料（准备好一样就勾一样）', en: 'Papers to prepare (tick each one when you have it)' },
      deadline: { 'zh-CN': '什么时候以前申请', en: 'The deadline for claiming' },
      audits: { 'zh-CN': '申请后可能会有的审核', en: 'Checks that may follow your claim' },
      filing: { 'zh-CN': '你的备案', en: 'Your filing' },
    },
    checkHow: { 'zh-CN': '怎么查：', en: 'How to find out: ' },
    checkAnswer: { 'zh-CN': '查清楚以后，回去改这个回答：', en: 'Once you know, change this answer: ' },
    branchIf: { 'zh-CN': (parts) => `如果${parts.join('，并且')}：`, en: (parts) => `If ${parts.join(' and ')}:` },
    given: {
      designated: {
        true: { 'zh-CN': '这家机构是医保定点', en: 'the institution is designated' },
        false: { 'zh-CN': '这家机构不是医保定点', en: 'the institution is not designated' },
      },
      networked: {
        true: { 'zh-CN': '开通了异地直接结算', en: 'it is networked for direct settlement' },
        false: { 'zh-CN': '没有开通异地直接结算', en: 'it is not networked for direct settlement' },
      },
      province_filing_required: {
        true: { 'zh-CN': '本省规定省内异地就医要备案', en: 'your province requires filing for care within the province' },
        false: { 'zh-CN': '本省规定省内异地就医不用备案', en: 'your province requires no filing within the province' },
      },
    },
    showWhen: { 'zh-CN': '什么时候出示：', en: 'When to show it: ' },
    showWhat: { 'zh-CN': '出示什么：', en: 'What to show: ' },
    ticked: { 'zh-CN': (done, total) => `已经准备好 ${done} 样，共 ${total} 样。`, en: (done, total) => `${done} of ${total} ready.` },
    forAgent: { 'zh-CN': '别人代办时才需要', en: 'Only if someone applies for you' },
    deadlineDate: { 'zh-CN': (date) => `截止日期：${date}`, en: (date) => `Last day: ${date}` },
    daysLeft: { 'zh-CN': (n) => (n >= 0 ? `还有 ${n} 天。` : `已经过了 ${-n} 天。`), en: (n) => (n >= 0 ? `${n} ${n === 1 ? 'day' : 'days'} left.` : `${-n} ${n === -1 ? 'day' : 'days'} ago.`) },
    deadlineUnknown: { 'zh-CN': '截止日期：这个参保地的期限本程序还不知道', en: 'Last day: not known for this insured place' },
    rangeSeen: { 'zh-CN': '各地常见的期限', en: 'Deadlines seen in practice' },
    filingUntil: { 'zh-CN': (date) => `本程序算出的备案截止日期：${date}`, en: (date) => `Last day of the filing, as medins counts it: ${date}` },
    filingUntilGiven: { 'zh-CN': (date) => `备案截止日期：${date}`, en: (date) => `Last day of the filing: ${date}` },
    filingUntilChanged: { 'zh-CN': '长期备案：一直有效，直到你变更或取消。', en: 'A long-term filing: valid until you change or cancel it.' },
    disease: { 'zh-CN': (name) => `病种：${name}`, en: (name) => `Disease: ${name}` },
    change: { 'zh-CN': '修改回答', en: 'Change your answers' },
    startOver: { 'zh-CN': '重新开始', en: 'Start again' },
    madeOn: { 'zh-CN': (date) => `由“医保助手”在 ${date} 于本机生成。`, en: (date) => `Made by medins on this device on ${date}.` },
    failed: { 'zh-CN': '暂时算不出结果，请返回检查你的回答。', en: 'No answer can be given yet: please go back and check your answers.' },
  },
  clear: {
    title: { 'zh-CN': '清除你的所有回答？', en: 'Clear all your answers?' },
    text: { 'zh-CN': '这会删除这台设备上为这项检查保存的所有回答和勾选，删除后不能恢复。备案准备里的回答不受影响。', en: 'This deletes every answer and tick kept on this device for this check. It cannot be undone. Your answers in “Preparing your filing” are not affected.' },
    confirm: { 'zh-CN': '清除', en: 'Clear' },
    cancel: { 'zh-CN': '不清除，返回', en: 'No, go back' },
    done: { 'zh-CN': '你的回答已经清除。', en: 'Your answers have been cleared.' },
  },
  why: {
    entryTitle: { 'zh-CN': '已经看过病，但没能直接结算？', en: 'Already treated, but it did not settle directly?' },
    entryText: { 'zh-CN': '回答几个“是”或“不是”的问题，看看最可能是什么原因，现在还能怎么办，什么时候以前办。', en: 'Answer a few yes-or-no questions to see the most likely reason, what you can still do, and by when.' },
    entryLink: { 'zh-CN': '查一查为什么没能直接结算', en: 'Find out why it did not settle directly' },
    title: { 'zh-CN': '为什么没能直接结算？', en: 'Why did it not settle directly?' },
    intro: { 'zh-CN': '在外地看病或买药，结账时没能直接用医保结算，往往没人说清楚为什么。回答几个问题（一页一个，每个都可以选“不知道”），看看最可能的原因，以及现在还能做什么。', en: 'When care away from home does not settle directly at the counter, often nobody says why. Answer a few questions (one a page; each can be “I don’t know”) to see the most likely reason and what you can still do.' },
    start: { 'zh-CN': '开始', en: 'Start' },
    resume: { 'zh-CN': '接着上次的回答继续', en: 'Carry on from your last answers' },
    caption: { 'zh-CN': (n) => `没能直接结算的原因 · 第 ${n} 个问题`, en: (n) => `Why it did not settle · question ${n}` },
    dontKnow: { 'zh-CN': '不知道', en: 'I don’t know' },
    chooseOne: { 'zh-CN': '请选择“是”、“否”或“不知道”。', en: 'Choose yes, no or I don’t know.' },
    howToFind: { 'zh-CN': '怎么查清楚', en: 'How to find out' },
    change: { 'zh-CN': '修改', en: 'Change' },
    resultCaption: { 'zh-CN': '最可能的原因', en: 'The most likely reason' },
    lowNote: { 'zh-CN': '这个原因没有找到可靠的官方原文，只是本程序的推测，请向医院医保办或参保地医保部门核实。', en: 'No reliable official text was found for this reason: it is this program’s best guess. Check with the hospital’s medical insurance office or the insured place’s agency.' },
    actionsTitle: { 'zh-CN': '现在还能做什么', en: 'What you can still do' },
    pathTitle: { 'zh-CN': '你的回答', en: 'Your answers' },
    dischargedTitle: { 'zh-CN': '出院（或看病）的日期', en: 'The day you were discharged (or treated)' },
    dischargedHint: { 'zh-CN': '填上以后，能算出还剩多少天。例如 2026 年 11 月 20 日。', en: 'With it, the days left can be counted. For example 2026 11 20.' },
    dischargedApply: { 'zh-CN': '算一算期限', en: 'Count the days' },
    dischargedMissing: { 'zh-CN': '还没有填出院日期，所以上面的期限没法算到哪一天。', en: 'No discharge date yet, so the deadline above cannot be given as a day.' },
    restart: { 'zh-CN': '清除这些回答，重新开始', en: 'Clear these answers and start again' },
  },
  // Texts other pages show to lead here.
});
