// Every word of the home page (index.html, home/*.js), per language, with the shell's and the
// region picker's words it shows too, and the formats of what the ID check reads out.
import { REGION_PICKER_TEXT } from '../components/region-picker/text.js';
import { SHELL_TEXT } from '../shell/text.js';

const OWN = {
  'zh-CN': {
    pageTitle: '异地就医准备 · 医保助手',
    title: '身份证号码检查',
    intro: '输入身份证号码，看看号码有没有填错，并读出其中的出生日期、性别和年龄。号码只在这台设备上检查，不会发送或保存。',
    idLabel: '身份证号码',
    idHint: '共18位，最后一位可能是字母X。可以带空格。',
    submit: '检查',
    resultTitle: '号码检查通过',
    birthDate: '出生日期',
    sex: '性别',
    age: '年龄',
    regionCode: '号码中的地区',
    regionCodeSuffix: (code) => `（${code}）`,
    olderRegionCode: (code) => `（${code} 是以前的地区代码，现在已经调整）`,
    regionsTitle: '参保地和就医地',
    regionsIntro: '选出参保的地方和打算看病的地方，就能知道算不算异地就医、算哪一种。',
    regionHint: '可以输入地名、拼音或拼音首字母，比如“朝阳”“chaoyang”或“cy”，再从列表里选一个。',
    insuredLabel: '你在哪里参保？',
    treatmentLabel: '打算在哪里看病？',
    insuredClear: '清除参保地',
    treatmentClear: '清除看病的地方',
    filingTitle: '异地就医备案',
    filingIntro: '去外地看病前先备案，看病的费用才能在医院直接结算。一步一步回答几个问题，就能知道你属于哪一类、要带什么材料、在哪里办理，并打印一份摘要。',
    filingStart: '开始准备备案',
    handoverTitle: '交给家人',
    handoverIntro: '把备案、能不能直接结算和费用估算整理成一张大字卡片，打印出来交给家人，或者把一段文字发给他们。不写身份证号，除非你特意勾选。',
    handoverStart: '整理成卡片',
    homeTitle: '异地就医，一步一步准备',
    homeIntro: '在参保地以外看病或买药：先选好地方，再看要不要备案、能不能直接结算、大概花多少钱，最后整理成一张卡片。每一部分都可以直接进入，填过的内容只保存在这台设备上。',
    tasksTitle: '你的准备',
    tasks: {
      places: '参保地和就医地',
      filing: '异地就医备案',
      eligibility: '能不能直接结算',
      estimate: '费用估算',
      summary: '我的汇总（交给家人）',
    },
    taskStatus: {
      not_started: '未开始',
      in_progress: '进行中',
      done: '已完成',
      ready: '可以查看',
      cannot_start: '先完成上面任意一项',
    },
    estimateTitle: '估算看病费用',
    estimateIntro: '填写看病的费用和医保政策，算出医保基金大概付多少、自己要付多少，精确到分，每一步都有说明。',
    estimateStart: '开始估算',
    ledgerTitle: '我的一年',
    ledgerIntro: '记下每次看病结算单上的数字和手工报销的申请：今年累计了多少、年度限额用了多少、报销什么时候截止，估算时自动使用。',
    ledgerStart: '打开我的一年',
    eligibilityTitle: '能不能直接结算',
    eligibilityIntro: '在外地看病或买药前后，查一查医院或药店能不能直接结算；不能的话，怎么手工报销、带什么材料、什么时候以前办。',
    eligibilityStart: '查一查能不能直接结算',
    relationTitle: '结果',
    relationInsured: '参保地',
    relationTreatment: '看病的地方',
    relation: {
      cross_province: {
        name: '跨省异地就医',
        text: '参保地和看病的地方不在同一个省、自治区或直辖市。',
      },
      in_province: {
        name: '省内异地就医',
        text: '参保地和看病的地方在同一个省、自治区或直辖市，但不在同一个市（地区、州、盟）。',
      },
      same_prefecture: {
        name: '同一地区',
        text: '参保地和看病的地方在同一个市（地区、州、盟）里。',
      },
      same_region: {
        name: '同一地区',
        text: '参保地和看病的地方是同一个地方。',
      },
    },
  },
  en: {
    pageTitle: 'Care away from home · Medical insurance helper',
    title: 'Check a resident ID card number',
    intro: 'Enter a resident ID card number to see whether it was written correctly, and read the date of birth, sex and age it contains. The number is checked on this device only; it is not sent anywhere or saved.',
    idLabel: 'Resident ID card number',
    idHint: '18 characters; the last one may be the letter X. Spaces are fine.',
    submit: 'Check',
    resultTitle: 'The number passed the check',
    birthDate: 'Date of birth',
    sex: 'Sex',
    age: 'Age',
    regionCode: 'Region in the number',
    regionCodeSuffix: (code) => ` (${code})`,
    olderRegionCode: (code) => ` (${code} is an older region code that has since changed)`,
    regionsTitle: 'Where you are insured and where you will be treated',
    regionsIntro: 'Choose the place where you are insured and the place where you plan to see a doctor, to find out whether this counts as treatment away from your insured place, and which kind.',
    regionHint: 'Type a place name in Chinese, in pinyin, or just the first letters of the pinyin, for example “朝阳”, “chaoyang” or “cy”, then pick one from the list.',
    insuredLabel: 'Where are you insured?',
    treatmentLabel: 'Where will you be treated?',
    insuredClear: 'Clear the insured place',
    treatmentClear: 'Clear the place of treatment',
    filingTitle: 'Filing for care away from home (异地就医备案)',
    filingIntro: 'Filing before you are treated in another place lets the hospital settle your bill directly. Answer a few questions, one at a time, to find out which kind of filing you need, what to bring and where to file, and print a summary.',
    filingStart: 'Start preparing your filing',
    handoverTitle: 'Hand over to family',
    handoverIntro: 'Filing, “does it settle directly?” and the cost estimate on one large-type card to print for your family, or as a message to send them. No ID number unless you tick the box.',
    handoverStart: 'Make the card',
    homeTitle: 'Care away from home, step by step',
    homeIntro: 'Treated or buying medicine away from where you are insured: choose the places, then see whether to file, whether it settles directly and roughly what it costs, and put it all on one card. Each part can be opened directly; what you type stays on this device.',
    tasksTitle: 'Getting ready',
    tasks: {
      places: 'Where insured, where treated',
      filing: 'Filing for care elsewhere',
      eligibility: 'Does it settle directly?',
      estimate: 'Cost estimate',
      summary: 'My summary (hand over to family)',
    },
    taskStatus: {
      not_started: 'Not started',
      in_progress: 'In progress',
      done: 'Done',
      ready: 'Ready to view',
      cannot_start: 'Finish any part above first',
    },
    estimateTitle: 'Estimate a medical bill',
    estimateIntro: 'Enter the bill and the insurance policy to see roughly what the fund pays and what you pay, to the fen, with every step explained.',
    estimateStart: 'Start an estimate',
    ledgerTitle: 'My year',
    ledgerIntro: 'Note the figures of each settlement slip and your manual claims: what this year holds so far, how much of the yearly cap is used, when claims are due. The estimate uses them by itself.',
    ledgerStart: 'Open my year',
    eligibilityTitle: 'Will it settle directly?',
    eligibilityIntro: 'Before or after you are treated or buy medicine elsewhere, check whether the hospital or pharmacy can settle the bill directly; if not, how to claim back, with which papers, and by when.',
    eligibilityStart: 'Check whether it settles directly',
    relationTitle: 'Result',
    relationInsured: 'Insured place',
    relationTreatment: 'Place of treatment',
    relation: {
      cross_province: {
        name: 'Treatment in another province',
        text: 'The place where you are insured and the place of treatment are in different provinces, autonomous regions or municipalities.',
      },
      in_province: {
        name: 'Treatment elsewhere in your province',
        text: 'The two places are in the same province, autonomous region or municipality, but not in the same city (prefecture, autonomous prefecture or league).',
      },
      same_prefecture: {
        name: 'The same area',
        text: 'The two places are in the same city (prefecture, autonomous prefecture or league).',
      },
      same_region: {
        name: 'The same area',
        text: 'The place where you are insured and the place of treatment are the same place.',
      },
    },
  },
};

export const TEXT = {
  'zh-CN': { ...SHELL_TEXT['zh-CN'], ...REGION_PICKER_TEXT['zh-CN'], ...OWN['zh-CN'] },
  en: { ...SHELL_TEXT.en, ...REGION_PICKER_TEXT.en, ...OWN.en },
};

const SEX = {
  'zh-CN': { male: '男', female: '女' },
  en: { male: 'Male', female: 'Female' },
};

export function formatSex(sex, lang) {
  return SEX[lang][sex] ?? sex;
}

export function formatAge(age, lang) {
  return lang === 'en' ? String(age) : `${age} 岁`;
}
