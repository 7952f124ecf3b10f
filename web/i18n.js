// UI chrome text and value formatting, per language. Entries that depend on a number or a name
// are functions of it. Error messages are not here on purpose: they come from the core's
// response, so the page and the core can never disagree. Region names are not translated: they
// are the official Chinese names, as printed on insurance papers and hospital signs.

export const LANGS = ['zh-CN', 'en'];
export const DEFAULT_LANG = 'zh-CN';

// The words of every one-question-a-screen flow (filing, eligibility): buttons, answers, and the
// page's own problems. Each flow's catalogue spreads them in.
export const QUESTION_TEXT = {
  'zh-CN': {
    back: '返回上一步',
    continue: '继续',
    yes: '是',
    no: '否',
    errorSummaryTitle: '有问题需要改正',
    errorPrefix: '错误：',
    chooseOne: '请选择一项。',
    chooseRegion: '请输入地名，再从列表里选一个地方。',
    dateIncomplete: '请把年、月、日都填上。',
    dateParts: { year: '年', month: '月', day: '日' },
    clearLink: '清除我的回答',
  },
  en: {
    back: 'Back',
    continue: 'Continue',
    yes: 'Yes',
    no: 'No',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error: ',
    chooseOne: 'Please choose one.',
    chooseRegion: 'Type a place name, then choose one from the list.',
    dateIncomplete: 'Please enter the year, the month and the day.',
    dateParts: { year: 'Year', month: 'Month', day: 'Day' },
    clearLink: 'Clear my answers',
  },
};
const QUESTION_ZH = QUESTION_TEXT['zh-CN'];
const QUESTION_EN = QUESTION_TEXT.en;

// The filing flow (filing/*.js). Question titles are the questions themselves, in plain words;
// `short` labels name each answer on the "check your answers" screen. Policy wording (categories,
// materials, channels, validity) is not here: it comes from the core with its sources.
const FILING_ZH = {
  pageTitle: (step) => `${step} · 异地就医备案准备 · 医保助手`,
  ...QUESTION_ZH,
  storageNote: '你的回答只保存在这台设备的浏览器里，不会发送出去。身份证号码只保存到关闭这个页面为止。',
  idMask: { show: '显示', showLabel: '显示完整的身份证号码' },
  notOfficial: '这不是官方备案凭证。本程序只帮你准备备案，备案要通过下面列出的渠道办理，以参保地医保部门的答复为准。',
  start: {
    title: '准备异地就医备案',
    intro: '去参保地以外的地方看病，先备案，费用才能在医院直接结算。回答下面的问题，一页一个，大约需要5分钟。',
    needTitle: '你需要准备好：',
    need: ['你的身份证', '你的手机号码', '在就医地的联系地址'],
    after: '最后你会看到：你属于哪一类备案、要准备哪些材料、在哪里办理、备案管多久，并可以打印一份摘要。',
    button: '开始',
    resume: '接着上次的回答继续',
    continueLink: '已经在别的设备上准备好了？扫描二维码，在这台设备上继续',
  },
  steps: {
    scheme: {
      title: '你参加的是哪种医保？',
      short: '医保种类',
      options: {
        employee: { label: '职工基本医疗保险（职工医保）', hint: '在单位工作时参加的；退休后继续享受的也是这一种。' },
        resident: { label: '城乡居民基本医疗保险（居民医保）', hint: '自己或家里每年交费的。' },
      },
    },
    employment: {
      title: '你现在还在工作，还是已经退休？',
      short: '在职或退休',
      hint: '已经领取养老金的，选“已退休”。',
      options: { working: { label: '还在工作（在职）' }, retired: { label: '已经退休' } },
    },
    insured: {
      title: '你在哪里参保？',
      short: '参保地',
      hint: '就是给你交医保的地方，一般是社保卡上的地方。可以输入地名、拼音或拼音首字母，比如“朝阳”“chaoyang”或“cy”，再从列表里选一个。',
    },
    destination: {
      title: '你要去哪里看病？',
      short: '就医地',
      hint: '输入要去的市或区县，再从列表里选一个。',
    },
    purpose: {
      title: '你为什么要去那里看病？',
      short: '去那里看病的原因',
      options: {
        live: { label: '我要到那里长期生活', hint: '比如退休后去养老、随子女生活、在那里安家。' },
        work: { label: '单位派我到那里长期工作' },
        referral: { label: '参保地的医院给我开了转诊（转院）证明' },
        emergency: { label: '我在外地突然生病或受伤，需要急诊抢救' },
        other: { label: '其他原因', hint: '比如旅游、探亲，或者自己想去那里看病。' },
      },
    },
    household: {
      title: '你的户口已经迁到那里了吗？',
      short: '户口已迁到就医地',
      hint: '也就是户口簿上的户籍地址在要去看病的地方。',
    },
    permit: {
      title: '你有那里的居住证吗？',
      short: '有就医地的居住证',
    },
    since: {
      title: '你从哪一天开始住在那里？',
      short: '开始住在那里的日期',
      hint: '记不清是哪一天的，“日”填 1。还没有搬过去的，填打算搬过去的日子。',
    },
    start_date: {
      title: '你打算从哪一天开始在那里看病？',
      short: '备案开始日期',
      hint: '这是备案的开始日期。例如 2026年7月1日，就填 2026、7、1。已经在那里住院的，填住院那天。',
    },
    name: { title: '你的姓名', short: '姓名', hint: '和身份证上写的一样。' },
    id: {
      title: '你的身份证号码',
      short: '身份证号码',
      hint: '共18位，最后一位可能是字母X。号码只保存到关闭这个页面为止；二维码和打印页上只显示前6位和后4位。',
    },
    mobile: { title: '你的手机号码', short: '手机号码', hint: '办理备案的部门可能会打这个电话或发短信给你。' },
    address: { title: '你的联系地址', short: '联系地址', hint: '能找到你的地址，比如在就医地住的地方。' },
    reason: {
      title: '用一句话说说备案原因（可以不填）',
      short: '备案原因',
      hint: '比如“随子女在三亚生活”。有的办理渠道会让你填写。',
    },
  },
  check: {
    title: '检查你的回答',
    intro: '请看看下面的回答对不对。哪一项要改，就点它旁边的“修改”。',
    change: '修改',
    notAnswered: '还没有回答',
    answer: '回答',
    empty: '（没有填）',
    categoryFromQr: '备案类别（来自二维码）',
    submit: '确认，查看结果',
  },
  result: {
    title: '你的备案准备结果',
    printTitle: '异地就医备案准备摘要',
    youAre: (name) => `你属于“${name}”。`,
    because: '为什么：',
    group: { long_term: '这是长期备案。', temporary: '这是临时备案。' },
    needed: {
      yes: '去参保地所在省以外看病，需要先备案。',
      treated_as_filed: '这种情况视同已经备案。',
      check_with_province: '参保地和就医地在同一个省：要不要备案由本省规定。',
    },
    sections: {
      details: '你填写的信息',
      materials: '要准备的材料',
      channels: '在哪里办理（任选一种）',
      validity: '备案管多久',
      ratio: '报销比例',
      coverage: '备案的地区范围',
      without: '不备案会怎样',
      retroactive: '来不及备案怎么办',
      spanning: '住院期间备案到期怎么办',
      notes: '还要注意',
      qr: '备案摘要二维码',
    },
    startsOn: (date) => `开始日期：${date}`,
    endsOn: (date) => `本程序算出的截止日期：${date}`,
    alternatives: (names) => `没有的话，也可以用：${names}`,
    listJoin: '、',
    atSettlement: '结算时才需要',
    somePlaces: '部分地方需要',
    provinceOrCity: (province, city) => (city ? `可以是 ${province}，或是 ${city}` : `${province}`),
    confidence: { high: '依据可靠', medium: '依据待核实', low: '未确认' },
    unconfirmedNote: '标着“未确认”的内容，没有找到官方原文，请向参保地医保部门核实。',
    stepsUnconfirmed: '这些步骤是本程序写的一般做法（未确认），以实际页面为准。',
    sources: '依据',
    idMasked: (id) => id,
    print: '打印这份摘要',
    startOver: '修改回答',
    madeOn: (date) => `本摘要由“医保助手”在 ${date} 于本机生成。`,
    qrCaption: '用另一台设备上的本程序扫描这个二维码，就能在那台设备上继续。二维码里的身份证号码只有前6位和后4位。',
    qrLoading: '正在生成二维码…',
    qrFailed: '二维码没有生成成功，其他内容不受影响。可以刷新页面再试。',
    failed: '暂时算不出结果，请返回检查你的回答。',
  },
  clear: {
    title: '清除你的所有回答？',
    text: '这会删除这台设备上为备案保存的所有回答，包括身份证号码，删除后不能恢复。',
    confirm: '清除',
    cancel: '不清除，返回',
    done: '你的回答已经清除。',
  },
  scan: {
    title: '在这台设备上继续',
    intro: '在另一台设备上准备好备案后，结果页上有一个二维码。拍下它，或者选一张有这个二维码的图片，就能在这台设备上接着办。',
    fileLabel: '选择二维码图片，或拍照',
    reading: '正在读取二维码…',
    noCode: '图片里没有找到二维码。请拍得清楚一些、正一些，再试一次。',
    failed: '读取图片时出了问题，请再试一次。',
    foundTitle: '二维码里的内容',
    idNote: '二维码里的身份证号码只有前6位和后4位，继续后请重新填写完整的号码。',
    use: '用这些内容继续',
  },
};

const FILING_EN = {
  pageTitle: (step) => `${step} · Preparing your filing · Medical insurance helper`,
  ...QUESTION_EN,
  storageNote: 'Your answers are kept only in this device’s browser and are not sent anywhere. The ID number is kept only until you close this page.',
  idMask: { show: 'Show', showLabel: 'Show the whole ID number' },
  notOfficial: 'This is not an official filing or voucher. medins only helps you prepare; the filing itself is made through one of the channels below, and your insured place’s medical insurance office has the final word.',
  start: {
    title: 'Prepare your filing for care away from home',
    intro: 'If you will be treated away from the place where you are insured, file first so the hospital can settle your bill directly. Answer the questions below, one per page; it takes about 5 minutes.',
    needTitle: 'Have these ready:',
    need: ['Your resident ID card', 'Your mobile number', 'A contact address at the destination'],
    after: 'At the end you will see which kind of filing you need, what to bring, where to file and how long the filing lasts, and you can print a summary.',
    button: 'Start',
    resume: 'Continue where you left off',
    continueLink: 'Prepared it on another device? Scan its QR code to continue on this one',
  },
  steps: {
    scheme: {
      title: 'Which medical insurance do you have?',
      short: 'Insurance scheme',
      options: {
        employee: { label: 'Employee basic medical insurance (职工医保)', hint: 'Joined through an employer; retirees who keep it have this one too.' },
        resident: { label: 'Urban and rural resident basic medical insurance (居民医保)', hint: 'Paid every year by yourself or your family.' },
      },
    },
    employment: {
      title: 'Are you still working, or retired?',
      short: 'Working or retired',
      hint: 'If you receive a pension, choose “Retired”.',
      options: { working: { label: 'Still working' }, retired: { label: 'Retired' } },
    },
    insured: {
      title: 'Where are you insured?',
      short: 'Insured place',
      hint: 'The place that pays your medical insurance, usually the one on your social security card. Type a place name in Chinese, in pinyin, or the first letters of the pinyin, for example “朝阳”, “chaoyang” or “cy”, then pick one from the list.',
    },
    destination: {
      title: 'Where will you be treated?',
      short: 'Place of treatment',
      hint: 'Type the city or county you are going to, then pick one from the list.',
    },
    purpose: {
      title: 'Why will you be treated there?',
      short: 'Reason for care there',
      options: {
        live: { label: 'I am going to live there for the long term', hint: 'For example to retire there, to live with your children, or to settle there.' },
        work: { label: 'My employer is posting me there to work for the long term' },
        referral: { label: 'A hospital where I am insured has referred me (转诊转院)' },
        emergency: { label: 'I fell ill or was injured while away and need emergency care' },
        other: { label: 'Another reason', hint: 'For example travel, visiting family, or choosing to be treated there.' },
      },
    },
    household: {
      title: 'Has your household registration (户口) moved there?',
      short: 'Household registration moved there',
      hint: 'That is, the address in your household register (户口簿) is in the place where you will be treated.',
    },
    permit: {
      title: 'Do you have a residence permit (居住证) for that place?',
      short: 'Residence permit there',
    },
    since: {
      title: 'Since when have you lived there?',
      short: 'Living there since',
      hint: 'If you do not remember the day, enter 1. If you have not moved yet, enter the day you plan to move.',
    },
    start_date: {
      title: 'From which day will you be treated there?',
      short: 'Filing start date',
      hint: 'This is the start date of the filing. For 1 July 2026, enter 2026, 7 and 1. If you are already in hospital there, enter the day you were admitted.',
    },
    name: { title: 'Your name', short: 'Name', hint: 'As written on your ID card.' },
    id: {
      title: 'Your resident ID card number',
      short: 'ID card number',
      hint: '18 characters; the last may be the letter X. It is kept only until you close this page; the QR code and the printout show only its first 6 and last 4 characters.',
    },
    mobile: { title: 'Your mobile number', short: 'Mobile number', hint: 'The office handling your filing may call or text this number.' },
    address: { title: 'Your contact address', short: 'Contact address', hint: 'Where you can be reached, for example where you will stay at the destination.' },
    reason: {
      title: 'The reason for filing, in one sentence (optional)',
      short: 'Reason for filing',
      hint: 'For example “Living with my children in 三亚”. Some channels ask for it.',
    },
  },
  check: {
    title: 'Check your answers',
    intro: 'Please check that the answers below are right. To change one, choose “Change” next to it.',
    change: 'Change',
    notAnswered: 'Not answered yet',
    answer: 'Answer',
    empty: '(left empty)',
    categoryFromQr: 'Filing category (from the QR code)',
    submit: 'Confirm and see the result',
  },
  result: {
    title: 'What your filing needs',
    printTitle: 'Summary for filing care away from home',
    youAre: (name) => `You are: ${name}.`,
    because: 'Why: ',
    group: { long_term: 'This is a long-term filing.', temporary: 'This is a temporary filing.' },
    needed: {
      yes: 'Care in another province needs a filing first.',
      treated_as_filed: 'This case counts as already filed.',
      check_with_province: 'Both places are in the same province: whether you must file is up to the province.',
    },
    sections: {
      details: 'What you entered',
      materials: 'Materials to prepare',
      channels: 'Where to file (any one of these)',
      validity: 'How long the filing lasts',
      ratio: 'Reimbursement ratio',
      coverage: 'The area the filing covers',
      without: 'What happens without a filing',
      retroactive: 'If there was no time to file',
      spanning: 'If the filing ends while you are in hospital',
      notes: 'Also note',
      qr: 'Filing summary QR code',
    },
    startsOn: (date) => `Starts on: ${date}`,
    endsOn: (date) => `Last day as medins counts it: ${date}`,
    alternatives: (names) => `If you do not have it, you can use: ${names}`,
    listJoin: '; ',
    atSettlement: 'Needed only at settlement',
    somePlaces: 'Needed in some places',
    provinceOrCity: (province, city) => (city ? `either ${province} or ${city}` : `${province}`),
    confidence: { high: 'Well sourced', medium: 'Source to be verified', low: 'Unconfirmed' },
    unconfirmedNote: 'Items marked “Unconfirmed” have no official text behind them that medins could find: check them with your insured place’s medical insurance office.',
    stepsUnconfirmed: 'These steps are medins’s general description (unconfirmed); follow what the channel itself shows.',
    sources: 'Sources',
    idMasked: (id) => id,
    print: 'Print this summary',
    startOver: 'Change my answers',
    madeOn: (date) => `Made by Medical insurance helper on this device on ${date}.`,
    qrCaption: 'Scan this QR code with medins on another device to continue there. It holds only the first 6 and last 4 characters of the ID number.',
    qrLoading: 'Making the QR code…',
    qrFailed: 'The QR code could not be made; the rest of the page is not affected. Reload the page to try again.',
    failed: 'The result cannot be worked out right now. Please go back and check your answers.',
  },
  clear: {
    title: 'Clear all your answers?',
    text: 'This deletes every answer saved on this device for the filing, including the ID number. It cannot be undone.',
    confirm: 'Clear',
    cancel: 'Do not clear, go back',
    done: 'Your answers have been cleared.',
  },
  scan: {
    title: 'Continue on this device',
    intro: 'When you have prepared a filing on another device, its result page shows a QR code. Take a photo of it, or choose a picture that shows it, to continue here.',
    fileLabel: 'Choose a picture of the QR code, or take a photo',
    reading: 'Reading the QR code…',
    noCode: 'No QR code was found in the picture. Please take a clearer, straighter photo and try again.',
    failed: 'Something went wrong reading the picture. Please try again.',
    foundTitle: 'What the QR code holds',
    idNote: 'The QR code holds only the first 6 and last 4 characters of the ID number: you will enter the full number again.',
    use: 'Continue with these answers',
  },
};

export const TEXT = {
  'zh-CN': {
    pageTitle: '异地就医准备 · 医保助手',
    appName: '医保助手',
    langGroup: '语言',
    title: '身份证号码检查',
    intro: '输入身份证号码，看看号码有没有填错，并读出其中的出生日期、性别和年龄。号码只在这台设备上检查，不会发送或保存。',
    idLabel: '身份证号码',
    idHint: '共18位，最后一位可能是字母X。可以带空格。',
    submit: '检查',
    loading: '正在加载…',
    loadFailed: '页面没有加载成功，暂时不能检查。请检查网络后刷新页面再试。',
    internalError: '检查时出了问题，请再试一次。',
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
    clear: '清除',
    regionResults: (count, limited) => (limited
      ? `找到很多地方，先列出前 ${count} 个。多输入几个字可以找得更准。`
      : `找到 ${count} 个地方，请点选，或用上下方向键选好后按回车。`),
    regionNoResults: '没有找到这个地方，请换个写法试试，比如只输入地名的前两个字。',
    regionChosen: (fullName) => `已选：${fullName}`,
    regionFailed: '查找时出了问题，请再试一次。',
    filingTitle: '异地就医备案',
    filingIntro: '去外地看病前先备案，看病的费用才能在医院直接结算。一步一步回答几个问题，就能知道你属于哪一类、要带什么材料、在哪里办理，并打印一份摘要。',
    filingStart: '开始准备备案',
    handoverTitle: '交给家人',
    handoverIntro: '把备案、能不能直接结算和费用估算整理成一张大字卡片，打印出来交给家人，或者把一段文字发给他们。不写身份证号，除非你特意勾选。',
    handoverStart: '整理成卡片',
    largeText: '大字',
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
    filing: FILING_ZH,
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
    appName: 'Medical insurance helper',
    langGroup: 'Language',
    title: 'Check a resident ID card number',
    intro: 'Enter a resident ID card number to see whether it was written correctly, and read the date of birth, sex and age it contains. The number is checked on this device only; it is not sent anywhere or saved.',
    idLabel: 'Resident ID card number',
    idHint: '18 characters; the last one may be the letter X. Spaces are fine.',
    submit: 'Check',
    loading: 'Loading…',
    loadFailed: 'The page did not load properly, so checking is not possible yet. Please check your connection and reload the page.',
    internalError: 'Something went wrong while checking. Please try again.',
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
    clear: 'Clear',
    regionResults: (count, limited) => (limited
      ? `Many places match; the first ${count} are listed. Type a little more to narrow it down.`
      : `${count} ${count === 1 ? 'place matches' : 'places match'}. Tap one, or choose with the up and down arrow keys and press Enter.`),
    regionNoResults: 'No place found. Try writing it another way, for example just the first two characters of the name.',
    regionChosen: (fullName) => `Chosen: ${fullName}`,
    regionFailed: 'Something went wrong while searching. Please try again.',
    filingTitle: 'Filing for care away from home (异地就医备案)',
    filingIntro: 'Filing before you are treated in another place lets the hospital settle your bill directly. Answer a few questions, one at a time, to find out which kind of filing you need, what to bring and where to file, and print a summary.',
    filingStart: 'Start preparing your filing',
    handoverTitle: 'Hand over to family',
    handoverIntro: 'Filing, “does it settle directly?” and the cost estimate on one large-type card to print for your family, or as a message to send them. No ID number unless you tick the box.',
    handoverStart: 'Make the card',
    largeText: 'Large text',
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
    filing: FILING_EN,
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

const SEX = {
  'zh-CN': { male: '男', female: '女' },
  en: { male: 'Male', female: 'Female' },
};

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

// Parsed by hand rather than through Date/Intl: an ISO date string is a calendar day, and
// going through a Date object would shift it by the time zone.
export function formatDate(iso, lang) {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'en' ? `${d} ${EN_MONTHS[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

export function formatSex(sex, lang) {
  return SEX[lang][sex] ?? sex;
}

export function formatAge(age, lang) {
  return lang === 'en' ? String(age) : `${age} 岁`;
}
