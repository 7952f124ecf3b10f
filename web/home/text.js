// Every word of the home page (index.html, home/*.js), per language, with the shell's and the
// region picker's words it shows too, and the formats of what the ID check reads out.
import { bilingual } from '../shell/bilingual.js';
import { REGION_PICKER_TEXT } from '../components/region-picker/text.js';
import { SHELL_TEXT } from '../shell/text.js';

const OWN = bilingual({
  pageTitle: { 'zh-CN': '异地就医准备 · 医保助手', en: 'Care away from home · Medical insurance helper' },
  title: { 'zh-CN': '身份证号码检查', en: 'Check a resident ID card number' },
  intro: { 'zh-CN': '输入身份证号码，看看号码有没有填错，并读出其中的出生日期、性别和年龄。号码只在这台设备上检查，不会发送或保存。', en: 'Enter a resident ID card number to see whether it was written correctly, and read the date of birth, sex and age it contains. The number is checked on this device only; it is not sent anywhere or saved.' },
  idLabel: { 'zh-CN': '身份证号码', en: 'Resident ID card number' },
  idHint: { 'zh-CN': '共18位，最后一位可能是字母X。可以带空格。', en: '18 characters; the last one may be the letter X. Spaces are fine.' },
  submit: { 'zh-CN': '检查', en: 'Check' },
  resultTitle: { 'zh-CN': '号码检查通过', en: 'The number passed the check' },
  birthDate: { 'zh-CN': '出生日期', en: 'Date of birth' },
  sex: { 'zh-CN': '性别', en: 'Sex' },
  age: { 'zh-CN': '年龄', en: 'Age' },
  regionCode: { 'zh-CN': '号码中的地区', en: 'Region in the number' },
  regionCodeSuffix: { 'zh-CN': (code) => `（${code}）`, en: (code) => ` (${code})` },
  olderRegionCode: { 'zh-CN': (code) => `（${code} 是以前的地区代码，现在已经调整）`, en: (code) => ` (${code} is an older region code that has since changed)` },
  regionsTitle: { 'zh-CN': '参保地和就医地', en: 'Where you are insured and where you will be treated' },
  regionsIntro: { 'zh-CN': '选出参保的地方和打算看病的地方，就能知道算不算异地就医、算哪一种。', en: 'Choose the place where you are insured and the place where you plan to see a doctor, to find out whether this counts as treatment away from your insured place, and which kind.' },
  regionHint: { 'zh-CN': '可以输入地名、拼音或拼音首字母，比如“朝阳”“chaoyang”或“cy”，再从列表里选一个。', en: 'Type a place name in Chinese, in pinyin, or just the first letters of the pinyin, for example “朝阳”, “chaoyang” or “cy”, then pick one from the list.' },
  insuredLabel: { 'zh-CN': '你在哪里参保？', en: 'Where are you insured?' },
  treatmentLabel: { 'zh-CN': '打算在哪里看病？', en: 'Where will you be treated?' },
  insuredClear: { 'zh-CN': '清除参保地', en: 'Clear the insured place' },
  treatmentClear: { 'zh-CN': '清除看病的地方', en: 'Clear the place of treatment' },
  filingTitle: { 'zh-CN': '异地就医备案', en: 'Filing for care away from home (异地就医备案)' },
  filingIntro: { 'zh-CN': '去外地看病前先备案，看病的费用才能在医院直接结算。一步一步回答几个问题，就能知道你属于哪一类、要带什么材料、在哪里办理，并打印一份摘要。', en: 'Filing before you are treated in another place lets the hospital settle your bill directly. Answer a few questions, one at a time, to find out which kind of filing you need, what to bring and where to file, and print a summary.' },
  filingStart: { 'zh-CN': '开始准备备案', en: 'Start preparing your filing' },
  handoverTitle: { 'zh-CN': '交给家人', en: 'Hand over to family' },
  handoverIntro: { 'zh-CN': '把备案、能不能直接结算和费用估算整理成一张大字卡片，打印出来交给家人，或者把一段文字发给他们。不写身份证号，除非你特意勾选。', en: 'Filing, “does it settle directly?” and the cost estimate on one large-type card to print for your family, or as a message to send them. No ID number unless you tick the box.' },
  handoverStart: { 'zh-CN': '整理成卡片', en: 'Make the card' },
  homeTitle: { 'zh-CN': '异地就医，一步一步准备', en: 'Care away from home, step by step' },
  homeIntro: { 'zh-CN': '在参保地以外看病或买药：先选好地方，再看要不要备案、能不能直接结算、大概花多少钱，最后整理成一张卡片。每一部分都可以直接进入，填过的内容只保存在这台设备上。', en: 'Treated or buying medicine away from where you are insured: choose the places, then see whether to file, whether it settles directly and roughly what it costs, and put it all on one card. Each part can be opened directly; what you type stays on this device.' },
  tasksTitle: { 'zh-CN': '你的准备', en: 'Getting ready' },
  tasks: {
    places: { 'zh-CN': '参保地和就医地', en: 'Where insured, where treated' },
    filing: { 'zh-CN': '异地就医备案', en: 'Filing for care elsewhere' },
    eligibility: { 'zh-CN': '能不能直接结算', en: 'Does it settle directly?' },
    estimate: { 'zh-CN': '费用估算', en: 'Cost estimate' },
    summary: { 'zh-CN': '我的汇总（交给家人）', en: 'My summary (hand over to family)' },
  },
  taskStatus: {
    not_started: { 'zh-CN': '未开始', en: 'Not started' },
    in_progress: { 'zh-CN': '进行中', en: 'In progress' },
    done: { 'zh-CN': '已完成', en: 'Done' },
    ready: { 'zh-CN': '可以查看', en: 'Ready to view' },
    cannot_start: { 'zh-CN': '先完成上面任意一项', en: 'Finish any part above first' },
  },
  estimateTitle: { 'zh-CN': '估算看病费用', en: 'Estimate a medical bill' },
  estimateIntro: { 'zh-CN': '填写看病的费用和医保政策，算出医保基金大概付多少、自己要付多少，精确到分，每一步都有说明。', en: 'Enter the bill and the insurance policy to see roughly what the fund pays and what you pay, to the fen, with every step explained.' },
  estimateStart: { 'zh-CN': '开始估算', en: 'Start an estimate' },
  ledgerTitle: { 'zh-CN': '我的一年', en: 'My year' },
  ledgerIntro: { 'zh-CN': '记下每次看病结算单上的数字和手工报销的申请：今年累计了多少、年度限额用了多少、报销什么时候截止，估算时自动使用。', en: 'Note the figures of each settlement slip and your manual claims: what this year holds so far, how much of the yearly cap is used, when claims are due. The estimate uses them by itself.' },
  ledgerStart: { 'zh-CN': '打开我的一年', en: 'Open my year' },
  eligibilityTitle: { 'zh-CN': '能不能直接结算', en: 'Will it settle directly?' },
  eligibilityIntro: { 'zh-CN': '在外地看病或买药前后，查一查医院或药店能不能直接结算；不能的话，怎么手工报销、带什么材料、什么时候以前办。', en: 'Before or after you are treated or buy medicine elsewhere, check whether the hospital or pharmacy can settle the bill directly; if not, how to claim back, with which papers, and by when.' },
  eligibilityStart: { 'zh-CN': '查一查能不能直接结算', en: 'Check whether it settles directly' },
  relationTitle: { 'zh-CN': '结果', en: 'Result' },
  relationInsured: { 'zh-CN': '参保地', en: 'Insured place' },
  relationTreatment: { 'zh-CN': '看病的地方', en: 'Place of treatment' },
  relation: {
    cross_province: {
      name: { 'zh-CN': '跨省异地就医', en: 'Treatment in another province' },
      text: { 'zh-CN': '参保地和看病的地方不在同一个省、自治区或直辖市。', en: 'The place where you are insured and the place of treatment are in different provinces, autonomous regions or municipalities.' },
    },
    in_province: {
      name: { 'zh-CN': '省内异地就医', en: 'Treatment elsewhere in your province' },
      text: { 'zh-CN': '参保地和看病的地方在同一个省、自治区或直辖市，但不在同一个市（地区、州、盟）。', en: 'The two places are in the same province, autonomous region or municipality, but not in the same city (prefecture, autonomous prefecture or league).' },
    },
    same_prefecture: {
      name: { 'zh-CN': '同一地区', en: 'The same area' },
      text: { 'zh-CN': '参保地和看病的地方在同一个市（地区、州、盟）里。', en: 'The two places are in the same city (prefecture, autonomous prefecture or league).' },
    },
    same_region: {
      name: { 'zh-CN': '同一地区', en: 'The same area' },
      text: { 'zh-CN': '参保地和看病的地方是同一个地方。', en: 'The place where you are insured and the place of treatment are the same place.' },
    },
  },
});

export const TEXT = {
  'zh-CN': { ...SHELL_TEXT['zh-CN'], ...REGION_PICKER_TEXT['zh-CN'], ...OWN['zh-CN'] },
  en: { ...SHELL_TEXT.en, ...REGION_PICKER_TEXT.en, ...OWN.en },
};

const SEX = bilingual({
  male: { 'zh-CN': '男', en: 'Male' },
  female: { 'zh-CN': '女', en: 'Female' },
});

export function formatSex(sex, lang) {
  return SEX[lang][sex] ?? sex;
}

export function formatAge(age, lang) {
  return lang === 'en' ? String(age) : `${age} 岁`;
}
