// Every word of the estimate page (estimate/*.js), in zh-CN and English. Plain words for older
// readers; figures and policy wording are not here: amounts are formatted from the core's fen,
// and the explanation, warnings and sources are the core's own, in the page language.
// Entries that depend on a figure or a name are functions of it.
import { bilingual } from '../shell/bilingual.js';

const CATEGORY = {
  resettled_retiree: { 'zh-CN': '异地安置退休人员（退休后到外地长期居住）', en: 'Retiree resettled elsewhere' },
  long_term_resident: { 'zh-CN': '异地长期居住人员', en: 'Long-term resident elsewhere' },
  posted_worker: { 'zh-CN': '常驻异地工作人员（单位派到外地工作）', en: 'Posted to work elsewhere by an employer' },
  referral: { 'zh-CN': '转诊转院人员（参保地医院开了转诊）', en: 'Referred by a hospital at the insured place' },
  emergency: { 'zh-CN': '急诊抢救', en: 'Emergency treatment' },
  other_temporary: { 'zh-CN': '其他临时外出就医（探亲、旅游等）', en: 'Other temporary care elsewhere (visiting family, travel and so on)' },
  none: { 'zh-CN': '没有备案', en: 'Not filed' },
};

export const ESTIMATE_TEXT = bilingual({
  pageTitle: { 'zh-CN': (screen) => `${screen} · 医保助手`, en: (screen) => `${screen} · Medical insurance helper` },
  back: { 'zh-CN': '返回修改', en: 'Go back and change' },
  errorSummaryTitle: { 'zh-CN': '有问题需要改正', en: 'There is a problem' },
  errorPrefix: { 'zh-CN': '错误：', en: 'Error: ' },
  yuan: { 'zh-CN': (amount) => `${amount} 元`, en: (amount) => `${amount} yuan` },
  notOfficial: { 'zh-CN': '这是按政策估算的结果，不是医保部门的结算单。实际报销以医院结算和参保地医保部门为准。', en: 'This is an estimate from the policy, not a settlement from the insurance office. What is actually paid is settled by the hospital and the insured place\'s office.' },
  storageNote: { 'zh-CN': '你填写的内容只保存在这台设备的浏览器里，不会发送出去。', en: 'What you enter is kept only in this device\'s browser and is never sent anywhere.' },
  clear: { 'zh-CN': '清除我填写的内容', en: 'Clear what I entered' },
  cleared: { 'zh-CN': '已清除你填写的内容。', en: 'What you entered has been cleared.' },
  form: {
    title: { 'zh-CN': '估算看病费用：医保付多少，自己付多少', en: 'Estimate a medical bill: what the insurance pays and what you pay' },
    intro: { 'zh-CN': '填写下面的内容，就能算出这次看病医保基金大概支付多少、你自己要付多少，精确到分，并说明每一步是怎么算的。', en: 'Fill in the form to see roughly what the medical insurance fund pays for this treatment and what you pay yourself, to the fen, with every step explained.' },
    prefilled: { 'zh-CN': '有些内容已按你之前在本程序里的回答填好，请核对。', en: 'Some answers were filled in from what you entered earlier in this app. Please check them.' },
    submit: { 'zh-CN': '开始估算', en: 'Estimate' },
    sections: {
      person: { 'zh-CN': '你的医保', en: 'Your insurance' },
      places: { 'zh-CN': '在哪里参保，在哪里看病', en: 'Where you are insured and where you are treated' },
      filing: { 'zh-CN': '异地就医备案', en: 'Filing for treatment elsewhere' },
      visit: { 'zh-CN': '这次看病', en: 'This treatment' },
      bill: { 'zh-CN': '费用', en: 'The bill' },
      ytd: { 'zh-CN': '今年以前的费用（不知道可以不填）', en: 'Earlier this year (leave empty if you do not know)' },
      policy: { 'zh-CN': '按哪项报销政策计算', en: 'Which policy to use' },
    },
    scheme: {
      legend: { 'zh-CN': '你参加的是哪种医保？', en: 'Which medical insurance do you have?' },
      options: {
        employee: {
          label: { 'zh-CN': '职工基本医疗保险（职工医保）', en: 'Basic medical insurance for employees' },
        },
        resident: {
          label: { 'zh-CN': '城乡居民基本医疗保险（居民医保）', en: 'Basic medical insurance for urban and rural residents' },
        },
      },
    },
    employment: {
      legend: { 'zh-CN': '你现在还在工作，还是已经退休？', en: 'Are you still working, or retired?' },
      options: {
        working: {
          label: { 'zh-CN': '还在工作（在职）', en: 'Still working' },
        },
        retired: {
          label: { 'zh-CN': '已经退休', en: 'Retired' },
        },
      },
    },
    insured: {
      label: { 'zh-CN': '你在哪里参保？', en: 'Where are you insured?' },
      hint: { 'zh-CN': '就是给你交医保的地方。可以输入地名或拼音，再从列表里选一个。', en: 'The place that runs your insurance. Type a place name in Chinese or pinyin, then pick one from the list.' },
    },
    treatment: {
      label: { 'zh-CN': '在哪里看病？', en: 'Where are you treated?' },
      hint: { 'zh-CN': '输入看病的市或区县，再从列表里选一个。', en: 'Type the city or county of the hospital, then pick one from the list.' },
    },
    category: {
      legend: { 'zh-CN': '你办的是哪一类备案？', en: 'Which kind of filing did you make?' },
      hint: { 'zh-CN': '没有办备案的，选“没有备案”。', en: 'If you did not file, choose “Not filed”.' },
      fromFiling: { 'zh-CN': '已按你在“备案准备”中的回答选好。', en: 'Chosen from your answers in “Prepare your filing”.' },
      options: Object.fromEntries(Object.entries(CATEGORY).map(([k, v]) => [k, { label: v }])),
    },
    setting: {
      legend: { 'zh-CN': '是住院还是看门诊？', en: 'A hospital stay or an outpatient visit?' },
      options: {
        inpatient: {
          label: { 'zh-CN': '住院', en: 'Hospital stay (inpatient)' },
        },
        outpatient: {
          label: { 'zh-CN': '普通门诊', en: 'Outpatient visit' },
        },
        chronic_outpatient: {
          label: { 'zh-CN': '门诊慢特病', en: 'Outpatient care for a chronic or special disease' },
        },
      },
    },
    level: {
      legend: { 'zh-CN': '医院是几级？', en: 'What level is the hospital?' },
      hint: { 'zh-CN': '医院门口或挂号单上一般写着“三级甲等”“二级”等。', en: 'The sign at the gate or the registration slip usually says “三级甲等” (tier 3), “二级” (tier 2) and so on.' },
      options: {
        3: {
          label: { 'zh-CN': '三级医院', en: 'Tier 3 hospital' },
        },
        2: {
          label: { 'zh-CN': '二级医院', en: 'Tier 2 hospital' },
        },
        1: {
          label: { 'zh-CN': '一级医院（社区卫生服务中心等）', en: 'Tier 1 (community health centre and similar)' },
        },
      },
    },
    admitted: {
      legend: { 'zh-CN': '哪天住院？', en: 'When were you admitted?' },
    },
    discharged: {
      legend: { 'zh-CN': '哪天出院？', en: 'When were you discharged?' },
      hint: { 'zh-CN': '还没出院的，填预计出院的日期。', en: 'If you are still in hospital, give the expected day.' },
    },
    dateParts: {
      year: { 'zh-CN': '年', en: 'Year' },
      month: { 'zh-CN': '月', en: 'Month' },
      day: { 'zh-CN': '日', en: 'Day' },
    },
    billMode: {
      legend: { 'zh-CN': '怎样填写费用？', en: 'How do you want to enter the bill?' },
      options: {
        lines: {
          label: { 'zh-CN': '一项一项填写', en: 'Item by item' },
          hint: { 'zh-CN': '照着费用清单填写每一项。', en: 'Copy each item from the itemised bill.' },
        },
        totals: {
          label: { 'zh-CN': '只填甲、乙、丙类的合计', en: 'Only the totals of classes A, B and C' },
          hint: { 'zh-CN': '结算单上一般有分类合计。', en: 'The settlement slip usually shows them.' },
        },
      },
    },
    line: {
      title: { 'zh-CN': (n) => `第 ${n} 项`, en: (n) => `Item ${n}` },
      name: { 'zh-CN': '名称（可以不填）', en: 'Name (optional)' },
      amount: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
      amountHint: { 'zh-CN': '比如 1,234.50', en: 'For example 1,234.50' },
      class: { 'zh-CN': '类别', en: 'Class' },
      ratio: { 'zh-CN': '乙类先自付比例（%，不知道可以不填）', en: 'Class B share paid first (%, optional)' },
      ratioHint: { 'zh-CN': '比如 10。不填就按政策里的比例。', en: 'For example 10. Leave empty to use the policy\'s share.' },
      remove: { 'zh-CN': (n) => `删除第 ${n} 项`, en: (n) => `Remove item ${n}` },
      add: { 'zh-CN': '再加一项', en: 'Add another item' },
    },
    classes: {
      A: { 'zh-CN': '甲类（全部可以报销）', en: 'Class A (all covered)' },
      B: { 'zh-CN': '乙类（自己先付一部分）', en: 'Class B (you pay a share first)' },
      C: { 'zh-CN': '丙类或目录外（全部自己付）', en: 'Class C or outside the lists (all yours)' },
    },
    totals: {
      A: { 'zh-CN': '甲类合计（元）', en: 'Class A total (yuan)' },
      B: { 'zh-CN': '乙类合计（元）', en: 'Class B total (yuan)' },
      C: { 'zh-CN': '丙类及目录外合计（元）', en: 'Class C and outside the lists, total (yuan)' },
      ratio: { 'zh-CN': '乙类先自付比例（%，不知道可以不填）', en: 'Class B share paid first (%, optional)' },
    },
    ytd: {
      hint: { 'zh-CN': '今年已经看过病的，填上今年以前已经发生的数字，起付标准和报销比例会接着算。不填按 0 计算。', en: 'If you were treated earlier this year, enter this year\'s figures so far: the deductible and the ratios carry on from them. Empty counts as 0.' },
      eligible: { 'zh-CN': '今年已经发生的政策范围内费用（元）', en: 'Covered spending so far this year (yuan)' },
      deductible: { 'zh-CN': '今年已经付过的起付标准（元）', en: 'Deductible already paid this year (yuan)' },
      fund: { 'zh-CN': '今年医保基金已经支付的（元）', en: 'Paid by the fund so far this year (yuan)' },
      admissions: { 'zh-CN': '今年已经住过几次院', en: 'Hospital stays so far this year' },
      fromLedger: { 'zh-CN': (year, n) => `${year}年此前的费用取自“我的一年”里记下的 ${n} 笔结算：`, en: (year, n) => `Earlier ${year} figures come from the ${n} settlements recorded in "My year": ` },
      ledgerOff: { 'zh-CN': (year, n) => `“我的一年”里有 ${year}年的 ${n} 笔结算，这次没有使用，按下面填写的数字计算。`, en: (year, n) => `"My year" holds ${n} settlements of ${year}; they are not used this time, the figures below are.` },
      useLedger: { 'zh-CN': '用“我的一年”的记录', en: 'Use the records of "My year"' },
      typeInstead: { 'zh-CN': '不用这些数字，自己填写', en: 'Do not use these figures, I will type them' },
      ledgerLink: { 'zh-CN': '到“我的一年”记下结算单', en: 'Record settlement slips in "My year"' },
      ledgerFigures: { 'zh-CN': (eligible, deductible, fund, stays) => `政策范围内费用 ${eligible}，已付起付线 ${deductible}，基金已支付 ${fund}，住院 ${stays} 次。`, en: (eligible, deductible, fund, stays) => `covered spending ${eligible}, deductible paid ${deductible}, paid by the fund ${fund}, ${stays} hospital stays.` },
      doubleCount: { 'zh-CN': '如果这次要估算的费用已经记在“我的一年”里，请选“不用这些数字”，以免重复计算。', en: 'If the costs you are estimating are already recorded in "My year", choose "Do not use these figures", so they are not counted twice.' },
    },
    policy: {
      legend: { 'zh-CN': '按哪项政策计算？', en: 'Which policy should be used?' },
      hint: { 'zh-CN': '政策由参保地定。下面是本程序里有的参保地政策；没有的话，可以照你收到的通知自己填写。', en: 'The insured place sets the policy. Below are the insured-place policies this app has; if yours is not there, enter the figures from the notice you received.' },
      none: { 'zh-CN': '本程序里还没有你参保地的这类政策，请照你收到的通知或参保地公布的数字填写。', en: 'This app has no policy of this kind for your insured place yet. Enter the figures from your notice or from the insured place\'s published rules.' },
      own: { 'zh-CN': '我自己填写（照我收到的通知）', en: 'I will enter the figures myself (from my notice)' },
      portal: { 'zh-CN': (name) => `${name}（本网站提供）`, en: (name) => `${name} (from this website)` },
      ownTitle: { 'zh-CN': '你通知上的数字', en: 'The figures from your notice' },
      ownHint: { 'zh-CN': '可以在医保部门的通知、医保电子凭证或12393热线问到。', en: 'You can find them in the insurance office\'s notice, or ask the 12393 medical insurance hotline.' },
      deductible: { 'zh-CN': '起付标准（起付线，元）', en: 'Deductible (yuan)' },
      ratio: { 'zh-CN': '统筹基金报销比例（%）', en: 'Share the fund pays (%)' },
      cap: { 'zh-CN': '统筹基金一年最多支付（年度最高支付限额，元，不知道可以不填）', en: 'Most the fund pays in a year (annual cap, yuan, optional)' },
      bself: { 'zh-CN': '乙类先自付比例（%，不知道可以不填）', en: 'Class B share paid first (%, optional)' },
    },
  },
  policyInfo: {
    confidence: {
      high: { 'zh-CN': '可信度：高', en: 'Confidence: high' },
      medium: { 'zh-CN': '可信度：中', en: 'Confidence: medium' },
      low: { 'zh-CN': '可信度：低', en: 'Confidence: low' },
    },
    unconfirmed: { 'zh-CN': '未核实', en: 'unconfirmed' },
    unconfirmedNote: { 'zh-CN': '标着“未核实”的数字没有在正式文件里核实过，只能作参考。', en: 'Figures marked “unconfirmed” have not been checked against an official document: use them only as a guide.' },
    datesUnknown: { 'zh-CN': '来源没有写明这些数字从哪天起施行，请向参保地医保部门核实。', en: 'The source does not say from when these figures apply: check them with the insured place\'s office.' },
    source: { 'zh-CN': '来源', en: 'Source' },
    published: { 'zh-CN': (date) => `发布日期：${date}`, en: (date) => `published ${date}` },
    noAddress: { 'zh-CN': '没有网址', en: 'no web address' },
    yourFigures: { 'zh-CN': '你自己填写的数字', en: 'Figures you entered' },
    ownSource: { 'zh-CN': '你自己填写的数字（照你收到的通知）', en: 'Figures you entered yourself (from your notice)' },
  },
  figure: {
    title: { 'zh-CN': '还差一个数字', en: 'One figure is missing' },
    why: { 'zh-CN': '这项政策里没有计算需要的这个数字：', en: 'The policy does not hold this figure, which the estimate needs:' },
    whereToAsk: { 'zh-CN': '这个数字可以在参保地医保部门的通知里找到，或拨打 12393 医保服务热线询问。', en: 'You can find it in the insured place\'s notice, or ask the 12393 medical insurance hotline.' },
    continue: { 'zh-CN': '继续估算', en: 'Continue the estimate' },
    cancel: { 'zh-CN': '我不知道这个数字，返回', en: 'I do not know this figure, go back' },
    cut: {
      question: { 'zh-CN': (category) => `“${category}”时，报销比例降低多少个百分点？`, en: (category) => `For “${category}”, by how many percentage points is the share the fund pays lowered?` },
      label: { 'zh-CN': '降低的百分点', en: 'Percentage points lowered' },
      hint: { 'zh-CN': '比如通知上写“支付比例降低20个百分点”，就填 20。没有降低的，填 0。', en: 'If the notice says “the share paid is lowered by 20 percentage points”, enter 20. If it is not lowered, enter 0.' },
    },
    deductible: {
      question: { 'zh-CN': '起付标准（起付线）是多少元？', en: 'What is the deductible, in yuan?' },
      label: { 'zh-CN': '起付标准（元）', en: 'Deductible (yuan)' },
    },
    ratio: {
      question: { 'zh-CN': '统筹基金报销比例是多少？', en: 'What share does the fund pay?' },
      label: { 'zh-CN': '报销比例（%）', en: 'Share the fund pays (%)' },
    },
    terms: {
      question: { 'zh-CN': '这类医院的起付标准和报销比例是多少？', en: 'What are the deductible and the share the fund pays at this kind of hospital?' },
      deductible: { 'zh-CN': '起付标准（元）', en: 'Deductible (yuan)' },
      ratio: { 'zh-CN': '报销比例（%）', en: 'Share the fund pays (%)' },
    },
    cap: {
      question: { 'zh-CN': '统筹基金一年最多支付多少元？', en: 'What is the most the fund pays in a year, in yuan?' },
      label: { 'zh-CN': '年度最高支付限额（元）', en: 'Annual cap (yuan)' },
    },
    capOffer: { 'zh-CN': '填写通知上的年度最高支付限额', en: 'Enter the annual cap from your notice' },
    enter: { 'zh-CN': '照通知填写这个数字', en: 'Enter this figure from your notice' },
  },
  errors: {
    chooseOne: { 'zh-CN': '请选择一项。', en: 'Choose one.' },
    chooseRegion: { 'zh-CN': '请输入地名，再从列表里选一个地方。', en: 'Type a place name, then pick a place from the list.' },
    dateIncomplete: { 'zh-CN': '请把年、月、日都填上。', en: 'Fill in the year, the month and the day.' },
    empty: { 'zh-CN': '请填写金额。', en: 'Enter an amount.' },
    format: { 'zh-CN': '金额的写法不对，请只写数字，比如 1234.50。', en: 'Write the amount as a number only, for example 1234.50.' },
    precision: { 'zh-CN': '金额最多写到分（小数点后两位）。', en: 'Give amounts to the fen at most (two decimals).' },
    tooLarge: { 'zh-CN': '金额太大了，请核对。', en: 'This amount is too large: please check it.' },
    percent: { 'zh-CN': '比例的写法不对，请只写数字，比如 10 或 7.5。', en: 'Write the share as a number only, for example 10 or 7.5.' },
    percentRange: { 'zh-CN': '比例不能超过 100%。', en: 'A share cannot be above 100%.' },
    count: { 'zh-CN': '请写一个整数，比如 0、1、2。', en: 'Write a whole number, for example 0, 1 or 2.' },
    noLines: { 'zh-CN': '请至少填写一项费用的金额。', en: 'Enter the amount of at least one item.' },
    needPercent: { 'zh-CN': '请填写比例。', en: 'Enter the share.' },
    needAmount: { 'zh-CN': '请填写金额。', en: 'Enter the amount.' },
  },
  slip: {
    title: { 'zh-CN': '你的结算单应该这样写', en: 'What your settlement slip should say' },
    intro: { 'zh-CN': '医院结算单（费用结算单）上的这些栏目，按全国医保结算接口的名称和顺序，按本次估算应当是下面的数。栏目名下面的小字是接口代码。', en: 'The boxes of the hospital\'s settlement slip, named and ordered as in the national settlement interface, with the figures this estimate gives them. The small code under each name is the interface\'s field code.' },
    caption: { 'zh-CN': '按估算，结算单上的各栏（元）', en: 'The settlement slip\'s boxes, as estimated (yuan)' },
    field: { 'zh-CN': '结算单栏目', en: 'Slip box' },
    amount: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
    compareLink: { 'zh-CN': '和我手上的结算单对照', en: 'Compare with the slip I have' },
    overlmtNote: { 'zh-CN': '本程序不计算单项限价，“超限价自费”按 0 估算；超出限价的部分请当作丙类（全自费）填写。', en: 'This app has no price limits per item, so "above the price limit" is estimated as 0; enter any part above a price limit as class C (all yours).' },
    names: {
      medfee_sumamt: { 'zh-CN': '医疗费总额', en: 'Total medical costs' },
      fulamt_ownpay_amt: { 'zh-CN': '全自费金额', en: 'Fully self-paid' },
      overlmt_selfpay: { 'zh-CN': '超限价自费费用', en: 'Self-paid above the price limit' },
      preselfpay_amt: { 'zh-CN': '先行自付金额', en: 'Paid first by you' },
      inscp_scp_amt: { 'zh-CN': '符合政策范围金额', en: 'Within the policy scope' },
      act_pay_dedc: { 'zh-CN': '实际支付起付线', en: 'Deductible actually paid' },
      hifp_pay: { 'zh-CN': '统筹基金支出', en: 'Paid by the pooled fund' },
      hifmi_pay: { 'zh-CN': '居民大病保险资金支出', en: 'Paid by residents\' critical-illness insurance' },
      hifob_pay: { 'zh-CN': '职工大额医疗费用补助', en: 'Paid by the employees\' large-expense supplement' },
      fund_pay_sumamt: { 'zh-CN': '基金支付总额', en: 'Paid by all funds' },
      psn_part_amt: { 'zh-CN': '个人负担总金额', en: 'Your own share in total' },
    },
    compare: {
      title: { 'zh-CN': '和我的结算单对照', en: 'Compare with my settlement slip' },
      intro: { 'zh-CN': '把你手上结算单的数字填进来（单位：元，写到分），逐项看哪里和估算一样，哪里不一样。没有的栏目可以空着。金额照结算单写，比如 1300.00。', en: 'Type in the figures from the settlement slip you have (in yuan, to the fen) and see, box by box, where it agrees with the estimate and where it differs. Leave out any box your slip does not have. Write amounts as on the slip, for example 1300.00.' },
      submit: { 'zh-CN': '对照', en: 'Compare' },
      back: { 'zh-CN': '返回估算结果', en: 'Back to the estimate' },
      resultTitle: { 'zh-CN': '逐项对照', en: 'Box by box' },
      caption: { 'zh-CN': '估算和你的结算单，逐项对照（元）', en: 'The estimate and your slip, box by box (yuan)' },
      estimate: { 'zh-CN': '估算', en: 'Estimate' },
      yours: { 'zh-CN': '你的结算单', en: 'Your slip' },
      verdict: { 'zh-CN': '对照', en: 'Result' },
      agrees: { 'zh-CN': '一致', en: 'Agrees' },
      differs: { 'zh-CN': '不一致', en: 'Differs' },
      sep: { 'zh-CN': '：', en: ': ' },
      notEntered: { 'zh-CN': '没有填写', en: 'Not entered' },
      more: { 'zh-CN': (amount) => `结算单多 ${amount} 元`, en: (amount) => `Your slip is ${amount} yuan higher` },
      less: { 'zh-CN': (amount) => `结算单少 ${amount} 元`, en: (amount) => `Your slip is ${amount} yuan lower` },
      allAgree: { 'zh-CN': '你填写的各项都和估算一致。', en: 'Every figure you entered agrees with the estimate.' },
      someDiffer: { 'zh-CN': (n) => `有 ${n} 项和估算不一致，下面是可能的原因。`, en: (n) => `${n} ${n === 1 ? 'figure differs' : 'figures differ'} from the estimate; the likely reasons are below.` },
      reasonsTitle: { 'zh-CN': (name) => `“${name}”不一致，可能的原因（不一定是这些，请向医院或参保地医保部门核实）：`, en: (name) => `"${name}" differs. Likely reasons (not certain: check with the hospital or the insured place's office):` },
    },
    reasons: {
      medfee_sumamt: {
        'zh-CN': [
          '费用明细和你填写的不一样：可能漏了某项费用，或者出院前后又加了费用。',
          '结算单可能只是其中一段住院或一次就诊的费用。',
        ],
        en: [
          'The itemised bill is not what you entered: an item may be missing, or charges were added around discharge.',
          'The slip may cover only part of the stay or one visit.',
        ],
      },
      fulamt_ownpay_amt: {
        'zh-CN': [
          '有的费用在就医地的目录里属于丙类或目录外（全部自付），和你填写的类别不同。异地就医按就医地的目录分甲、乙、丙类。',
          '有些自费药品、耗材或服务项目你没有单独填写。',
        ],
        en: [
          'An item is class C or outside the catalogue at the treatment place (all yours), not the class you entered. Care elsewhere uses the treatment place\'s catalogue classes.',
          'Some self-paid drugs, materials or services were not entered on their own.',
        ],
      },
      overlmt_selfpay: {
        'zh-CN': [
          '有的药品、耗材或项目超过了就医地规定的最高支付限价，超出部分由你自付。本程序不计算限价，这一栏按 0 估算。',
        ],
        en: [
          'A drug, material or service costs more than the treatment place\'s price limit, and you pay the part above it. This app has no price limits, so it estimates this box as 0.',
        ],
      },
      preselfpay_amt: {
        'zh-CN': [
          '乙类费用的先行自付比例不同：就医地或参保地对这类药品、项目规定的比例可能和你填写的不一样。',
          '有的费用在就医地属于乙类，而你填成了甲类（或者反过来）。',
          '备案类别不同：临时外出就医或没有备案时，可能还要先自付一定比例。',
        ],
        en: [
          'A different class-B ratio: the share paid first for such drugs or services may not be the one you entered.',
          'An item is class B at the treatment place but entered as class A (or the other way round).',
          'A different filing category: temporary care elsewhere, or no filing, can add a share paid first.',
        ],
      },
      inscp_scp_amt: {
        'zh-CN': [
          '这一栏是总额减去全自费、超限价和先行自付之后的数，上面几栏不一致时它也会不一致。',
        ],
        en: [
          'This box is the total less the fully self-paid, above-limit and paid-first parts, so it differs when those do.',
        ],
      },
      act_pay_dedc: {
        'zh-CN': [
          '今年之前的住院或门诊已经付过起付线，这次少付或不用付。',
          '这是今年第几次住院和你填写的不一样，第二次以后的起付线可能不同。',
          '医院等级不同，起付线也不同。',
        ],
        en: [
          'The deductible was already met, in part or in full, by an earlier stay or visit this year.',
          'This is a different admission of the year than you entered; later admissions can have a different deductible.',
          'A different hospital level has a different deductible.',
        ],
      },
      hifp_pay: {
        'zh-CN': [
          '报销比例所在的分段不同：医院等级、在职还是退休、累计费用落在哪一段，都会改变比例。',
          '异地就医的比例有下调（比如临时外出就医或没有备案），和你填写的备案类别不同。',
          '统筹基金有年度最高支付限额，今年累计已经接近或达到封顶。',
          '上面的起付线、先行自付或全自费不一致，也会带到这一栏。',
        ],
        en: [
          'A different ratio band: the hospital level, working or retired, and where the year\'s spending falls all change the ratio.',
          'A cut for care elsewhere (temporary care, or no filing) that differs from the filing category you entered.',
          'The fund\'s annual cap was reached, or nearly, this year.',
          'A difference in the deductible, the paid-first share or the fully self-paid part carries over to this box.',
        ],
      },
      hifmi_pay: {
        'zh-CN': [
          '大病保险有自己的起付线和分段比例，是否达到要看今年累计的自付费用。',
          '本程序使用的政策可能没有写大病保险的标准。',
        ],
        en: [
          'Critical-illness insurance has its own threshold and bands; whether it pays depends on this year\'s self-paid spending.',
          'The policy this app used may not hold the critical-illness terms.',
        ],
      },
      hifob_pay: {
        'zh-CN': [
          '大额医疗费用补助在统筹基金封顶以上才支付，是否达到要看今年累计的费用。',
          '本程序使用的政策可能没有写大额补助的标准。',
        ],
        en: [
          'The large-expense supplement pays only above the pooled fund\'s cap; whether it pays depends on this year\'s spending.',
          'The policy this app used may not hold the supplement\'s terms.',
        ],
      },
      fund_pay_sumamt: {
        'zh-CN': [
          '这一栏是统筹基金和大病保险（大额补助）之和，请看这两栏哪一栏不一致。',
          '结算单可能还含有公务员医疗补助等其他基金，本程序不计算这些。',
        ],
        en: [
          'This box is the pooled fund plus the critical-illness layer: see which of those two differs.',
          'The slip may include other funds, such as the civil servants\' supplement, which this app does not count.',
        ],
      },
      psn_part_amt: {
        'zh-CN': [
          '这一栏是总额减去基金支付，上面各栏的差别都会带到这里。',
          '医疗救助、公务员医疗补助等本程序不计算的支付会让你负担的更少。',
        ],
        en: [
          'This box is the total less what the funds pay, so every difference above carries over to it.',
          'Medical assistance or the civil servants\' supplement, which this app does not count, lower your share.',
        ],
      },
    },
  },
  result: {
    title: { 'zh-CN': '估算结果', en: 'Your estimate' },
    sentence: { 'zh-CN': (fund, person) => `医保基金预计支付 ${fund} 元，您自己支付 ${person} 元`, en: (fund, person) => `The insurance fund is expected to pay ${fund} yuan; you pay ${person} yuan` },
    critical: { 'zh-CN': (amount) => `其中大病保险（大额医疗费用补助）预计支付 ${amount} 元。`, en: (amount) => `Of this, the critical-illness layer is expected to pay ${amount} yuan.` },
    total: { 'zh-CN': (amount) => `医疗费用总额 ${amount} 元。`, en: (amount) => `The bill totals ${amount} yuan.` },
    sections: {
      who: { 'zh-CN': '谁付多少', en: 'Who pays what' },
      policy: { 'zh-CN': '按哪项政策计算', en: 'The policy used' },
      warnings: { 'zh-CN': '要注意', en: 'Please note' },
      steps: { 'zh-CN': '每一步怎么算的', en: 'How it was worked out, step by step' },
      whatIf: { 'zh-CN': '如果情况不同', en: 'What if things were different' },
    },
    barTitle: { 'zh-CN': '医疗费用由谁支付', en: 'Who pays the bill' },
    barDesc: { 'zh-CN': (parts) => `总额按支付方分段：${parts}。`, en: (parts) => `The total, split by who pays: ${parts}.` },
    barItem: { 'zh-CN': (label, amount, share) => `${label} ${amount} 元（${share}）`, en: (label, amount, share) => `${label} ${amount} yuan (${share})` },
    barJoin: { 'zh-CN': '；', en: '; ' },
    table: {
      caption: { 'zh-CN': '医疗费用由谁支付（元）', en: 'Who pays the bill (yuan)' },
      item: { 'zh-CN': '项目', en: 'Item' },
      amount: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
      share: { 'zh-CN': '占总额', en: 'Share of total' },
    },
    parts: {
      total: { 'zh-CN': '医疗费用总额', en: 'Bill total' },
      fund: { 'zh-CN': '医保统筹基金支付', en: 'Paid by the insurance fund' },
      critical: { 'zh-CN': '大病保险支付', en: 'Paid by the critical-illness layer' },
      person: { 'zh-CN': '您自己支付', en: 'Paid by you' },
      class_c_fen: { 'zh-CN': '丙类及目录外（全部自付）', en: 'Class C and outside the lists (all yours)' },
      class_b_self_fen: { 'zh-CN': '乙类先自付', en: 'Class B share paid first' },
      filing_self_first_fen: { 'zh-CN': '备案规定的先自付', en: 'Share paid first under the filing rules' },
      deductible_fen: { 'zh-CN': '起付标准', en: 'Deductible' },
      coinsurance_fen: { 'zh-CN': '按比例自付', en: 'Your share above the deductible' },
      over_cap_fen: { 'zh-CN': '超过年度限额', en: 'Above the annual cap' },
    },
    short: {
      fund: { 'zh-CN': '医保基金', en: 'Fund' },
      critical: { 'zh-CN': '大病保险', en: 'Critical illness' },
      person: { 'zh-CN': '自己付', en: 'You' },
    },
    ofWhich: { 'zh-CN': '其中：', en: 'Of which:' },
    noBill: { 'zh-CN': '费用总额是 0，没有可以画的。', en: 'The bill totals 0: there is nothing to draw.' },
    stepSource: { 'zh-CN': '依据', en: 'Basis' },
    madeOn: { 'zh-CN': (date) => `按 ${date} 施行的政策估算。`, en: (date) => `Estimated under the policy in force on ${date}.` },
    whatIf: {
      intro: { 'zh-CN': '同样的费用，换一种情况再算一次，看看您自己要付多少：', en: 'The same bill, worked out again with one thing changed, to show what you would pay:' },
      yours: { 'zh-CN': '您填写的情况', en: 'What you entered' },
      unfiled: { 'zh-CN': '如果没有备案', en: 'If you had not filed' },
      filed: { 'zh-CN': '如果办了临时外出就医备案', en: 'If you had filed as other temporary care elsewhere' },
      level: { 'zh-CN': (label) => `如果在${label}看病`, en: (label) => `At a ${label.toLowerCase()}` },
      fund: { 'zh-CN': '医保基金支付', en: 'Paid by the fund' },
      person: { 'zh-CN': '您自己支付', en: 'Paid by you' },
      more: { 'zh-CN': (amount) => `您多付 ${amount} 元`, en: (amount) => `You pay ${amount} yuan more` },
      less: { 'zh-CN': (amount) => `您少付 ${amount} 元`, en: (amount) => `You pay ${amount} yuan less` },
      same: { 'zh-CN': '您付的一样多', en: 'You pay the same' },
      failed: { 'zh-CN': '无法估算：', en: 'Cannot be estimated: ' },
      sameCity: { 'zh-CN': '在参保的城市看病，不需要备案，所以不比较备案的情况。', en: 'Treatment in the insured city needs no filing, so filing is not compared.' },
    },
  },
});
