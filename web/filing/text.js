// Every word of the filing flow (filing/*.js), per language. Error messages are not here on
// purpose: they come from the core's response, so the page and the core can never disagree.
import { bilingual } from '../shell/bilingual.js';
import { QUESTION_WORDS } from '../components/question-flow/text.js';

// The filing flow (filing/*.js). Question titles are the questions themselves, in plain words;
// `short` labels name each answer on the "check your answers" screen. Policy wording (categories,
// materials, channels, validity) is not here: it comes from the core with its sources.
export const TEXT = bilingual({
  pageTitle: { 'zh-CN': (step) => `${step} · 异地就医备案准备 · 医保助手`, en: (step) => `${step} · Preparing your filing · Medical insurance helper` },
  ...QUESTION_WORDS,
  storageNote: { 'zh-CN': '你的回答只保存在这台设备的浏览器里，不会发送出去。身份证号码只保存到关闭这个页面为止。', en: 'Your answers are kept only in this device’s browser and are not sent anywhere. The ID number is kept only until you close this page.' },
  idMask: {
    show: { 'zh-CN': '显示', en: 'Show' },
    showLabel: { 'zh-CN': '显示完整的身份证号码', en: 'Show the whole ID number' },
  },
  notOfficial: { 'zh-CN': '这不是官方备案凭证。本程序只帮你准备备案，备案要通过下面列出的渠道办理，以参保地医保部门的答复为准。', en: 'This is not an official filing or voucher. medins only helps you prepare; the filing itself is made through one of the channels below, and your insured place’s medical insurance office has the final word.' },
  start: {
    title: { 'zh-CN': '准备异地就医备案', en: 'Prepare your filing for care away from home' },
    intro: { 'zh-CN': '去参保地以外的地方看病，先备案，费用才能在医院直接结算。回答下面的问题，一页一个，大约需要5分钟。', en: 'If you will be treated away from the place where you are insured, file first so the hospital can settle your bill directly. Answer the questions below, one per page; it takes about 5 minutes.' },
    needTitle: { 'zh-CN': '你需要准备好：', en: 'Have these ready:' },
    need: { 'zh-CN': ['你的身份证', '你的手机号码', '在就医地的联系地址'], en: ['Your resident ID card', 'Your mobile number', 'A contact address at the destination'] },
    after: { 'zh-CN': '最后你会看到：你属于哪一类备案、要准备哪些材料、在哪里办理、备案管多久，并可以打印一份摘要。', en: 'At the end you will see which kind of filing you need, what to bring, where to file and how long the filing lasts, and you can print a summary.' },
    button: { 'zh-CN': '开始', en: 'Start' },
    resume: { 'zh-CN': '接着上次的回答继续', en: 'Continue where you left off' },
    continueLink: { 'zh-CN': '已经在别的设备上准备好了？扫描二维码，在这台设备上继续', en: 'Prepared it on another device? Scan its QR code to continue on this one' },
  },
  steps: {
    scheme: {
      title: { 'zh-CN': '你参加的是哪种医保？', en: 'Which medical insurance do you have?' },
      short: { 'zh-CN': '医保种类', en: 'Insurance scheme' },
      options: {
        employee: {
          label: { 'zh-CN': '职工基本医疗保险（职工医保）', en: 'Employee basic medical insurance (职工医保)' },
          hint: { 'zh-CN': '在单位工作时参加的；退休后继续享受的也是这一种。', en: 'Joined through an employer; retirees who keep it have this one too.' },
        },
        resident: {
          label: { 'zh-CN': '城乡居民基本医疗保险（居民医保）', en: 'Urban and rural resident basic medical insurance (居民医保)' },
          hint: { 'zh-CN': '自己或家里每年交费的。', en: 'Paid every year by yourself or your family.' },
        },
      },
    },
    employment: {
      title: { 'zh-CN': '你现在还在工作，还是已经退休？', en: 'Are you still working, or retired?' },
      short: { 'zh-CN': '在职或退休', en: 'Working or retired' },
      hint: { 'zh-CN': '已经领取养老金的，选“已退休”。', en: 'If you receive a pension, choose “Retired”.' },
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
      title: { 'zh-CN': '你在哪里参保？', en: 'Where are you insured?' },
      short: { 'zh-CN': '参保地', en: 'Insured place' },
      hint: { 'zh-CN': '就是给你交医保的地方，一般是社保卡上的地方。可以输入地名、拼音或拼音首字母，比如“朝阳”“chaoyang”或“cy”，再从列表里选一个。', en: 'The place that pays your medical insurance, usually the one on your social security card. Type a place name in Chinese, in pinyin, or the first letters of the pinyin, for example “朝阳”, “chaoyang” or “cy”, then pick one from the list.' },
    },
    destination: {
      title: { 'zh-CN': '你要去哪里看病？', en: 'Where will you be treated?' },
      short: { 'zh-CN': '就医地', en: 'Place of treatment' },
      hint: { 'zh-CN': '输入要去的市或区县，再从列表里选一个。', en: 'Type the city or county you are going to, then pick one from the list.' },
    },
    purpose: {
      title: { 'zh-CN': '你为什么要去那里看病？', en: 'Why will you be treated there?' },
      short: { 'zh-CN': '去那里看病的原因', en: 'Reason for care there' },
      options: {
        live: {
          label: { 'zh-CN': '我要到那里长期生活', en: 'I am going to live there for the long term' },
          hint: { 'zh-CN': '比如退休后去养老、随子女生活、在那里安家。', en: 'For example to retire there, to live with your children, or to settle there.' },
        },
        work: {
          label: { 'zh-CN': '单位派我到那里长期工作', en: 'My employer is posting me there to work for the long term' },
        },
        referral: {
          label: { 'zh-CN': '参保地的医院给我开了转诊（转院）证明', en: 'A hospital where I am insured has referred me (转诊转院)' },
        },
        emergency: {
          label: { 'zh-CN': '我在外地突然生病或受伤，需要急诊抢救', en: 'I fell ill or was injured while away and need emergency care' },
        },
        other: {
          label: { 'zh-CN': '其他原因', en: 'Another reason' },
          hint: { 'zh-CN': '比如旅游、探亲，或者自己想去那里看病。', en: 'For example travel, visiting family, or choosing to be treated there.' },
        },
      },
    },
    household: {
      title: { 'zh-CN': '你的户口已经迁到那里了吗？', en: 'Has your household registration (户口) moved there?' },
      short: { 'zh-CN': '户口已迁到就医地', en: 'Household registration moved there' },
      hint: { 'zh-CN': '也就是户口簿上的户籍地址在要去看病的地方。', en: 'That is, the address in your household register (户口簿) is in the place where you will be treated.' },
    },
    permit: {
      title: { 'zh-CN': '你有那里的居住证吗？', en: 'Do you have a residence permit (居住证) for that place?' },
      short: { 'zh-CN': '有就医地的居住证', en: 'Residence permit there' },
    },
    since: {
      title: { 'zh-CN': '你从哪一天开始住在那里？', en: 'Since when have you lived there?' },
      short: { 'zh-CN': '开始住在那里的日期', en: 'Living there since' },
      hint: { 'zh-CN': '记不清是哪一天的，“日”填 1。还没有搬过去的，填打算搬过去的日子。', en: 'If you do not remember the day, enter 1. If you have not moved yet, enter the day you plan to move.' },
    },
    start_date: {
      title: { 'zh-CN': '你打算从哪一天开始在那里看病？', en: 'From which day will you be treated there?' },
      short: { 'zh-CN': '备案开始日期', en: 'Filing start date' },
      hint: { 'zh-CN': '这是备案的开始日期。例如 2026年7月1日，就填 2026、7、1。已经在那里住院的，填住院那天。', en: 'This is the start date of the filing. For 1 July 2026, enter 2026, 7 and 1. If you are already in hospital there, enter the day you were admitted.' },
    },
    name: {
      title: { 'zh-CN': '你的姓名', en: 'Your name' },
      short: { 'zh-CN': '姓名', en: 'Name' },
      hint: { 'zh-CN': '和身份证上写的一样。', en: 'As written on your ID card.' },
    },
    id: {
      title: { 'zh-CN': '你的身份证号码', en: 'Your resident ID card number' },
      short: { 'zh-CN': '身份证号码', en: 'ID card number' },
      hint: { 'zh-CN': '共18位，最后一位可能是字母X。号码只保存到关闭这个页面为止；二维码和打印页上只显示前6位和后4位。', en: '18 characters; the last may be the letter X. It is kept only until you close this page; the QR code and the printout show only its first 6 and last 4 characters.' },
    },
    mobile: {
      title: { 'zh-CN': '你的手机号码', en: 'Your mobile number' },
      short: { 'zh-CN': '手机号码', en: 'Mobile number' },
      hint: { 'zh-CN': '办理备案的部门可能会打这个电话或发短信给你。', en: 'The office handling your filing may call or text this number.' },
    },
    address: {
      title: { 'zh-CN': '你的联系地址', en: 'Your contact address' },
      short: { 'zh-CN': '联系地址', en: 'Contact address' },
      hint: { 'zh-CN': '能找到你的地址，比如在就医地住的地方。', en: 'Where you can be reached, for example where you will stay at the destination.' },
    },
    reason: {
      title: { 'zh-CN': '用一句话说说备案原因（可以不填）', en: 'The reason for filing, in one sentence (optional)' },
      short: { 'zh-CN': '备案原因', en: 'Reason for filing' },
      hint: { 'zh-CN': '比如“随子女在三亚生活”。有的办理渠道会让你填写。', en: 'For example “Living with my children in 三亚”. Some channels ask for it.' },
    },
  },
  check: {
    title: { 'zh-CN': '检查你的回答', en: 'Check your answers' },
    intro: { 'zh-CN': '请看看下面的回答对不对。哪一项要改，就点它旁边的“修改”。', en: 'Please check that the answers below are right. To change one, choose “Change” next to it.' },
    change: { 'zh-CN': '修改', en: 'Change' },
    notAnswered: { 'zh-CN': '还没有回答', en: 'Not answered yet' },
    answer: { 'zh-CN': '回答', en: 'Answer' },
    empty: { 'zh-CN': '（没有填）', en: '(left empty)' },
    categoryFromQr: { 'zh-CN': '备案类别（来自二维码）', en: 'Filing category (from the QR code)' },
    submit: { 'zh-CN': '确认，查看结果', en: 'Confirm and see the result' },
  },
  result: {
    title: { 'zh-CN': '你的备案准备结果', en: 'What your filing needs' },
    printTitle: { 'zh-CN': '异地就医备案准备摘要', en: 'Summary for filing care away from home' },
    youAre: { 'zh-CN': (name) => `你属于“${name}”。`, en: (name) => `You are: ${name}.` },
    because: { 'zh-CN': '为什么：', en: 'Why: ' },
    group: {
      long_term: { 'zh-CN': '这是长期备案。', en: 'This is a long-term filing.' },
      temporary: { 'zh-CN': '这是临时备案。', en: 'This is a temporary filing.' },
    },
    needed: {
      yes: { 'zh-CN': '去参保地所在省以外看病，需要先备案。', en: 'Care in another province needs a filing first.' },
      treated_as_filed: { 'zh-CN': '这种情况视同已经备案。', en: 'This case counts as already filed.' },
      check_with_province: { 'zh-CN': '参保地和就医地在同一个省：要不要备案由本省规定。', en: 'Both places are in the same province: whether you must file is up to the province.' },
    },
    sections: {
      details: { 'zh-CN': '你填写的信息', en: 'What you entered' },
      materials: { 'zh-CN': '要准备的材料', en: 'Materials to prepare' },
      channels: { 'zh-CN': '在哪里办理（任选一种）', en: 'Where to file (any one of these)' },
      validity: { 'zh-CN': '备案管多久', en: 'How long the filing lasts' },
      ratio: { 'zh-CN': '报销比例', en: 'Reimbursement ratio' },
      coverage: { 'zh-CN': '备案的地区范围', en: 'The area the filing covers' },
      without: { 'zh-CN': '不备案会怎样', en: 'What happens without a filing' },
      retroactive: { 'zh-CN': '来不及备案怎么办', en: 'If there was no time to file' },
      spanning: { 'zh-CN': '住院期间备案到期怎么办', en: 'If the filing ends while you are in hospital' },
      notes: { 'zh-CN': '还要注意', en: 'Also note' },
      qr: { 'zh-CN': '备案摘要二维码', en: 'Filing summary QR code' },
    },
    startsOn: { 'zh-CN': (date) => `开始日期：${date}`, en: (date) => `Starts on: ${date}` },
    endsOn: { 'zh-CN': (date) => `本程序算出的截止日期：${date}`, en: (date) => `Last day as medins counts it: ${date}` },
    alternatives: { 'zh-CN': (names) => `没有的话，也可以用：${names}`, en: (names) => `If you do not have it, you can use: ${names}` },
    listJoin: { 'zh-CN': '、', en: '; ' },
    atSettlement: { 'zh-CN': '结算时才需要', en: 'Needed only at settlement' },
    somePlaces: { 'zh-CN': '部分地方需要', en: 'Needed in some places' },
    provinceOrCity: { 'zh-CN': (province, city) => (city ? `可以是 ${province}，或是 ${city}` : `${province}`), en: (province, city) => (city ? `either ${province} or ${city}` : `${province}`) },
    confidence: {
      high: { 'zh-CN': '依据可靠', en: 'Well sourced' },
      medium: { 'zh-CN': '依据待核实', en: 'Source to be verified' },
      low: { 'zh-CN': '未确认', en: 'Unconfirmed' },
    },
    unconfirmedNote: { 'zh-CN': '标着“未确认”的内容，没有找到官方原文，请向参保地医保部门核实。', en: 'Items marked “Unconfirmed” have no official text behind them that medins could find: check them with your insured place’s medical insurance office.' },
    stepsUnconfirmed: { 'zh-CN': '这些步骤是本程序写的一般做法（未确认），以实际页面为准。', en: 'These steps are medins’s general description (unconfirmed); follow what the channel itself shows.' },
    sources: { 'zh-CN': '依据', en: 'Sources' },
    idMasked: { 'zh-CN': (id) => id, en: (id) => id },
    print: { 'zh-CN': '打印这份摘要', en: 'Print this summary' },
    startOver: { 'zh-CN': '修改回答', en: 'Change my answers' },
    eligibilityLink: { 'zh-CN': '这家医院能直接结算我的费用吗？查一查', en: 'Will this hospital settle my bill directly? Check' },
    madeOn: { 'zh-CN': (date) => `本摘要由“医保助手”在 ${date} 于本机生成。`, en: (date) => `Made by Medical insurance helper on this device on ${date}.` },
    qrCaption: { 'zh-CN': '用另一台设备上的本程序扫描这个二维码，就能在那台设备上继续。二维码里的身份证号码只有前6位和后4位。', en: 'Scan this QR code with medins on another device to continue there. It holds only the first 6 and last 4 characters of the ID number.' },
    qrLoading: { 'zh-CN': '正在生成二维码…', en: 'Making the QR code…' },
    qrFailed: { 'zh-CN': '二维码没有生成成功，其他内容不受影响。可以刷新页面再试。', en: 'The QR code could not be made; the rest of the page is not affected. Reload the page to try again.' },
    failed: { 'zh-CN': '暂时算不出结果，请返回检查你的回答。', en: 'The result cannot be worked out right now. Please go back and check your answers.' },
  },
  clear: {
    title: { 'zh-CN': '清除你的所有回答？', en: 'Clear all your answers?' },
    text: { 'zh-CN': '这会删除这台设备上为备案保存的所有回答，包括身份证号码，删除后不能恢复。', en: 'This deletes every answer saved on this device for the filing, including the ID number. It cannot be undone.' },
    confirm: { 'zh-CN': '清除', en: 'Clear' },
    cancel: { 'zh-CN': '不清除，返回', en: 'Do not clear, go back' },
    done: { 'zh-CN': '你的回答已经清除。', en: 'Your answers have been cleared.' },
  },
  scan: {
    title: { 'zh-CN': '在这台设备上继续', en: 'Continue on this device' },
    intro: { 'zh-CN': '在另一台设备上准备好备案后，结果页上有一个二维码。拍下它，或者选一张有这个二维码的图片，就能在这台设备上接着办。', en: 'When you have prepared a filing on another device, its result page shows a QR code. Take a photo of it, or choose a picture that shows it, to continue here.' },
    fileLabel: { 'zh-CN': '选择二维码图片，或拍照', en: 'Choose a picture of the QR code, or take a photo' },
    reading: { 'zh-CN': '正在读取二维码…', en: 'Reading the QR code…' },
    noCode: { 'zh-CN': '图片里没有找到二维码。请拍得清楚一些、正一些，再试一次。', en: 'No QR code was found in the picture. Please take a clearer, straighter photo and try again.' },
    failed: { 'zh-CN': '读取图片时出了问题，请再试一次。', en: 'Something went wrong reading the picture. Please try again.' },
    foundTitle: { 'zh-CN': '二维码里的内容', en: 'What the QR code holds' },
    idNote: { 'zh-CN': '二维码里的身份证号码只有前6位和后4位，继续后请重新填写完整的号码。', en: 'The QR code holds only the first 6 and last 4 characters of the ID number: you will enter the full number again.' },
    use: { 'zh-CN': '用这些内容继续', en: 'Continue with these answers' },
  },
});
