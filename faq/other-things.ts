/**
 * Things of others that a question may name with a wallet question's words (lost, renew, failed, wrong, never arrived,
 * a fee, a refund, frozen): an identity document, a device, a parcel, another trade's fee, a ticket, food, a pet, the
 * photos on a phone. About one of them and nothing of the wallet's, the question is the issuer's, the maker's, the
 * courier's, the trade's or the visitor's own ("necesito renovar mi pasaporte", "my phone battery drains so fast",
 * "外卖送错地址了", "부동산 중개 수수료 계산하는 법", "演唱会门票能退吗", "cuánto tiempo aguanta la carne congelada"): no entry
 * answers it (see namesOthersThing in services.ts). Written for the project from general knowledge, never copied from an
 * evaluation set.
 */

/**
 * Identity documents an authority issues (passports, driving licences, national ID cards): a wallet question names one
 * as a document to show ("身份证过期了要重新认证吗", "can i verify with my drivers license"), but getting, renewing,
 * replacing or losing one is the issuer's business ("身份证过期了去哪里换新的", "necesito renovar mi pasaporte",
 * "運転免許証をなくした"), unless the question says what the wallet does with it (see ID_WALLET_WORDS).
 */
export const ID_DOCUMENTS: readonly string[] = [
  'passport', 'passports', 'drivers license', 'driver license', 'driving licence', 'driving license', 'drivers licence', 'id card',
  'national id', 'state id', 'identity card', 'residence permit', 'green card',
  // India's and Singapore's ("lost my aadhaar card how to get a duplicate"; session 31)
  'aadhaar', 'aadhar', 'pan card', 'voter id', 'nric',
  '身份证', '身分证', '护照', '驾照', '驾驶证', '居留证', '居留卡', '户口本', '通行证',
  'パスポート', '旅券', '運転免許証', '運転免許', '免許証', '在留カード', '住民票',
  '여권', '운전면허증', '운전면허', '면허증', '신분증', '주민등록증', '외국인등록증',
  // a school's or an employer's card (学生証で本人確認 names the wallet's act: see ID_WALLET_WORDS)
  '学生証', '社員証', '학생증', '사원증',
  'pasaporte', 'licencia de conducir', 'licencia de manejo', 'licencia de manejar', 'carnet de conducir', 'carne de conducir',
  'dni', 'cedula', 'documento de identidad', 'credencial de elector', 'tarjeta de residencia',
  // Mexico's voter card and population register key ("la reposición de mi credencial del INE", "descargar mi CURP"; session 31)
  'ine', 'credencial del ine', 'curp',
  // the US's social security card and a birth certificate, replaced by their offices ("my mom lost her social security card"; session 39)
  'social security card', 'birth certificate',
];
/** Getting, renewing, replacing or losing a document (see ID_DOCUMENTS), as normalizeText leaves them (換新 is 换新). */
export const ID_ISSUER_ACTS: readonly string[] = [
  'renew', 'renewal', 'renewing', 'replace', 'replacement', 'reissue', 'lost', 'lose', 'apply for', 'get a new', 'get a passport',
  // changing the name or the address it shows: the issuer's, unless the wallet is named ("changed my name on my passport, how do i update the wallet")
  'change the name', 'change my name', 'change my surname', 'change my last name', 'name change', 'change the address', 'update the address', 'address change',
  // its issuer named ("update my passport details with immigration"; session 31)
  'immigration', 'embassy', 'consulate', 'passport office',
  '补办', '换新', '换证', '换领', '挂失', '丢了', '丢失', '掉了', '遗失', '弄丢', '不见了', '续签', '办理', '申领', '去哪办', '去哪里办', '在哪办', '在哪里办', '怎么办理', '到期换', '过期换',
  '怎么换', '换发', '改名', '怎么改', '变更', '地址', '延期',
  '更新', '再発行', '紛失', 'なくし', '無くし', '失くし', '落とし', '申請', '取り方', '取得', '作り方', '切れ', '発行', '変更', '住所',
  '재발급', '발급', '갱신', '분실', '잃어버', '잃어 버', '신청', '만들', '변경', '바꾸', '바꿀', '연장', '주소',
  'renovar', 'renovacion', 'reponer', 'reposicion', 'perdi', 'extravie', 'se me perdio', 'tramitar', 'tramite', 'sacar', 'saco', 'solicitar',
  'renuevo', 'renueva', 'renovarlo', 'renovarla', 'tramito', 'tramita', 'tramitan', 'tramitarlo', 'tramitarla', 'cambiar el nombre', 'cambio el nombre', 'apellido', 'direccion',
  // a copy fetched from the issuer ("dónde descargo mi CURP certificada"; session 31)
  'descargar', 'descargo', 'imprimir', 'imprimo', 'certificada',
  // a relative's or a friend's document, lost or replaced by them ("mi mamá perdió su credencial del INE, dónde la repone"; session 39)
  'perdio', 'extravio', 'repone', 'reponen', 'repongo', 'reponerla', 'reponerlo', 'saca', 'sacan', 'solicita',
];
/**
 * What the wallet does with a document: a question with one of them is the wallet's (verifying, uploading it). Not 등록
 * alone: it is inside 주민등록증 and 외국인등록증 ("주민등록증 잃어버렸는데 어떻게 해요" is the issuer's).
 */
export const ID_WALLET_WORDS: readonly string[] = [
  'verify', 'verification', 'verified', 'kyc', 'upload', 'photo', 'scan', 'selfie', 'app', 'wallet', 'account',
  '认证', '验证', '实名', '上传', '拍照', '审核', '钱包', '账户', '账号', '绑定', '核实',
  '本人確認', '認証', '确认', 'アップロード', '撮影', '提出', 'アプリ', 'ウォレット', 'アカウント', '口座',
  '인증', '확인', '업로드', '촬영', '앱', '계정', '지갑', '등록하', '등록해', '등록했', '등록된', '등록을', '등록이',
  'verificar', 'verificacion', 'validar', 'validacion', 'subir', 'foto', 'aplicacion', 'cuenta', 'billetera',
];

/**
 * A device's own trouble (its battery, powering on, booting, overheating, a broken screen): never the wallet's, unless the
 * question names the wallet, its app or a payment (see DEVICE_WALLET_WORDS): "my phone battery drains so fast", "电脑蓝屏
 * 了", "ノートパソコンが起動しない", "노트북 부팅이 안 돼요", "mi laptop no enciende". Not 충전 (a top-up too), "charging" (a
 * fee), "turn on" (two-factor authentication), 死机 or フリーズ (a screen stuck while paying).
 */
export const DEVICE_TROUBLE: readonly string[] = [
  'battery', 'batteries', 'wont turn on', 'doesnt turn on', 'does not turn on', 'not turning on', 'wont power on', 'wont boot', 'boots',
  'booting', 'boot up', 'blue screen', 'overheating', 'overheats', 'cracked screen', 'screen cracked', 'wont charge', 'not charging', 'charger',
  'screen is cracked', 'cracked my screen', 'broken screen', 'screen is broken',
  // its storage full ('my phone has no storage left for photos', '手機容量滿了不能拍照', '저장공간이 꽉 차서'; session 36)
  'storage', 'no space left', 'out of space', '内存满', '内存不足', '内存已满', '存储空间', '储存空间', '容量满', '容量不足', 'ストレージ', '容量がいっぱい',
  '저장공간', '저장 공간', 'almacenamiento', 'sin espacio', 'no tiene espacio', 'no hay espacio', 'no me queda espacio',
  '电池', '耗电', '掉电', '发烫', '开不了机', '无法开机', '开不开机', '开机很慢', '蓝屏', '充不进电', '充电器', '充电慢', '充电很慢', '屏幕碎', '屏幕裂', '自动重启',
  'バッテリー', '電池', '充電', '起動しない', '起動しません', '起動できない', '電源が入らない', '電源が入りません', '発熱', '画面が割れ',
  '배터리', '부팅', '전원이 안', '전원이 꺼', '발열', '방전', '액정',
  'bateria', 'no enciende', 'no prende', 'no arranca', 'se reinicia sola', 'se reinicia solo', 'pantalla azul', 'se calienta', 'cargador',
];
/**
 * A computer slow, stuck loading or infected: its own trouble, unless the question names the wallet, its app or web
 * version, money or signing in (see COMPUTER_WALLET_WORDS): "my laptop got really slow after the update", "mi computadora
 * se queda cargando y sale error", "노트북이 계속 로딩만 돌다가 오류 떠요", not "在电脑上打开网页版很慢". Not a phone: the
 * wallet's app runs there ("手机更新后很卡" may be the app's). Not an error alone, nor 卡 (a card), nor freezing (the wallet
 * frozen from a computer).
 */
export const COMPUTERS: readonly string[] = [
  'laptop', 'computer', 'pc', 'desktop', 'macbook', '电脑', '笔记本电脑', 'パソコン', 'ノートパソコン', 'ノートpc', '노트북', '컴퓨터', '데스크탑',
  'computadora', 'computador', 'ordenador', 'portatil',
];
export const COMPUTER_TROUBLE: readonly string[] = [
  'slow', 'slower', 'lagging', 'laggy', 'loading', 'virus', 'malware', 'disk space', 'freezes', 'crashes',
  '很慢', '好慢', '超慢', '变慢', '慢了', '很卡', '好卡', '卡顿', '卡死', '死机', '中毒', '病毒', '内存不足', '磁盘',
  '重い', '重くな', '遅い', '遅くな', 'フリーズ', 'ウイルス', '容量',
  '느려', '느림', '로딩', '버벅', '바이러스', '용량', '멈춰',
  'lenta', 'lento', 'lentisima', 'lentisimo', 'cargando', 'se traba', 'se congela', 'virus', 'espacio en disco',
];
/**
 * A phone's or a computer's own system updated ("the ios update is stuck", "iOSのアップデートが終わらない", "안드로이드
 * 업데이트가 안 끝나요", "la actualización de android no termina"): the maker's, unless the wallet, its app, money, a version
 * or installing is named ("do i need to update ios to install the app", "ios版本太低"), or updating automatically (the
 * app's: "Androidで自動アップデートにしたい"; see OS_UPDATE_WALLET_WORDS).
 */
export const OPERATING_SYSTEMS: readonly string[] = ['ios', 'ipados', 'android', 'windows', 'macos', 'harmonyos', '鸿蒙', '系统更新', '系统升级', 'アンドロイド', 'システムアップデート',
  '안드로이드', '아이오에스', '윈도우', '시스템 업데이트', 'actualizacion del sistema',
];
export const SYSTEM_UPDATES: readonly string[] = ['update', 'updating', 'upgrade', '更新', '升级', 'アップデート', '업데이트', 'actualizacion', 'actualizar'];
/** A top-up, as the mainland, Taiwan (儲值, 加值) and the other pack languages say it. */
const TOP_UP_WORDS: readonly string[] = ['top up', '充值', '储值', '加值', 'チャージ', '충전', 'recarga'];
/**
 * The wallet, its app, a payment or money, but no top-up: a household thing with one of them is the wallet's ("i was
 * charged twice for milk"), not one topped up ("how often should i top up the water in my humidifier").
 */
export const MONEY_WORDS: readonly string[] = [
  'wallet', 'app', 'pay', 'paid', 'paying', 'payment', 'transfer', 'balance', 'money', 'account',
  '钱包', '付款', '支付', '转账', '余额', '钱', '扣款', '账户', '账号', '提现',
  'ウォレット', 'アプリ', '支払', '決済', '送金', '残高', 'お金', 'アカウント',
  '지갑', '앱', '어플', '결제', '송금', '잔액', '돈', '계정',
  'billetera', 'aplicacion', 'pago', 'pagar', 'transferencia', 'saldo', 'dinero', 'cuenta',
];
/**
 * The wallet, its app, a payment, money or a top-up: a device's trouble or a delivery with one of them is the wallet's
 * ("付款的时候手机没电了", "paid the delivery guy with my wallet and it failed").
 */
export const WALLET_OR_MONEY_WORDS: readonly string[] = [...MONEY_WORDS, ...TOP_UP_WORDS];
/** The wallet's side of a system update: its app, money, a version or installing (see OPERATING_SYSTEMS). */
export const OS_UPDATE_WALLET_WORDS: readonly string[] = [
  ...WALLET_OR_MONEY_WORDS, 'install', 'version', '安装', '下载', '版本', 'インストール', 'バージョン', '설치', '버전', 'instalar', 'version',
  'automatic', 'automatically', 'auto update', '自动', '自動', '자동', 'automatica', 'automaticamente',
];
/** The wallet or money (see WALLET_OR_MONEY_WORDS), its web version or signing in: a computer's trouble with one of them is the wallet's. */
export const COMPUTER_WALLET_WORDS: readonly string[] = [
  ...WALLET_OR_MONEY_WORDS, 'web', 'website', 'browser', 'log in', 'login', 'sign in', '网页', '网站', '浏览器', '登录', '登入',
  'ウェブ', 'web版', 'サイト', 'ブラウザ', 'ログイン', '웹', '사이트', '브라우저', '로그인', 'pagina', 'sitio', 'navegador', 'iniciar sesion', 'entrar',
];

/**
 * Parcels, couriers and food deliveries: one that did not come, came wrong or was lost is the shop's or the courier's
 * ("外卖送错地址了", "택배가 배송완료라는데 안 왔어요", "mi paquete dice entregado pero no ha llegado"), unless the question
 * names the wallet or money (see WALLET_OR_MONEY_WORDS) or what the wallet does about a purchase (DELIVERY_DISPUTE_WORDS).
 * Not 收件 (收件人, a recipient), envío (a transfer too) or pedido (an order paid with the wallet).
 */
export const DELIVERIES: readonly string[] = [
  'package', 'packages', 'parcel', 'parcels', 'courier', 'delivery driver', 'delivery guy', 'delivery man', 'tracking number', 'shipment',
  'shipping', 'mailman', 'postman', 'delivery',
  '快递', '包裹', '外卖', '外送', '快递员', '外卖员', '外送员', '骑手', '物流', '运单', '寄件',
  // goods sent out or come in (卖家不发货, 蝦皮賣家一直不出貨, 还没到货)
  '发货', '出货', '寄货', '到货',
  '宅配', '宅急便', '配達', '再配達', '荷物', '配送', '置き配', '出前',
  '택배', '배송', '배달', '송장',
  'paquete', 'paquetes', 'paqueteria', 'repartidor', 'mensajeria', 'numero de guia',
  // couriers by name in Chinese, Japanese and Korean, whose lost parcel is theirs to find or pay for ("日本郵便のゆうパックがなく
  // なった", "顺丰丢件了怎么索赔"; session 38; the es/en ones: COURIERS in others-es-en.ts)
  '顺丰', '中通快递', '圆通快递', '申通快递', '韵达快递', '极兔', '邮政ems', '新竹物流', '嘉里大荣', '宅配通',
  'ゆうパック', '日本郵便', 'ヤマト運輸', '佐川急便', '西濃運輸',
  '대한통운', 'cj대한통운', '한진택배', '롯데택배', '로젠택배', '우체국 택배', '우체국택배',
];
/**
 * The seller: a delivery with one may be the wallet's refund or scam report, unless the question names the marketplace or
 * shop (see services.ts), whose own dispute it then is ("蝦皮的賣家一直不出貨，要怎麼跟蝦皮申訴").
 */
export const SELLER_WORDS: readonly string[] = ['seller', 'merchant', '商家', '卖家', '出品者', '販売者', '店', '판매자', 'vendedor', 'tienda'];
/** A refund, a charge, a scam or the seller: a delivery with one of them may be the wallet's refund or scam report. */
export const DELIVERY_DISPUTE_WORDS: readonly string[] = [
  ...SELLER_WORDS,
  'refund', 'charge', 'charged', 'scam', 'scammed', 'fraud',
  '退款', '退钱', '扣', '骗', '诈骗',
  '返金', '請求', '引き落と', '詐欺',
  '환불', '청구', '사기',
  'reembolso', 'devolucion', 'cobro', 'cobraron', 'estafa',
  // a refund said with the verb ("el horno que devolví no me lo han reembolsado": the refund entry's, as "refund for the oven i sent back")
  'reembolsar', 'reembolsado', 'reembolsada', 'reembolsaron', 'reembolsan', 'reembolsen',
];

/**
 * The wallet itself, a charge on it or a scam: a phone line's credit or a bank's counter with one of them is the wallet's
 * ("话费扣款两次", "can i top up my phone bill from the wallet"), while a balance, a top-up or a transfer alone is the
 * phone's credit or the bank's ("recargar saldo al celular", "银行柜台转账手续费多少").
 */
/**
 * The number the visitor logs in with or bound to the wallet, in Chinese: a carrier named beside it is where the number
 * came from or went, and the question the wallet's ("我從中華電信跳槽到台哥大還換了號碼，登入的號碼要怎麼改").
 */
export const WALLET_NUMBER_WORDS: readonly string[] = [
  '登录用的号码', '登录的号码', '登录号码', '登录的手机号', '登录手机号', '登入用的号码', '登入的号码', '登入号码', '登入的手机号', '登入的门号',
  '绑定的号码', '绑定的手机号', '绑定的门号', '绑的号码', '绑的手机号', '账号的手机号', '账号绑的',
];
export const WALLET_NAMED_WORDS: readonly string[] = [
  ...WALLET_NUMBER_WORDS,
  'wallet', 'app', 'charged', 'twice', '两次', '二重', '2回', '두 번', 'dos veces',
  'scam', 'scammed', 'fake', 'seller', 'stranger', '骗', '假', '冒充', '自称', '解除分期', '卖家', '詐欺', '偽', '出品者', '사기', '가짜', '판매자', 'estafa', 'falso', 'falsa', 'vendedor',
  '钱包', '扣款', 'ウォレット', 'アプリ', '지갑', '앱', '어플', 'billetera', 'aplicacion',
];
/**
 * The wallet itself, what it does, a charge on it or a scam (not money or paying in general: "how much money does a
 * lawyer charge" is the lawyer's): another trade's fee or a ticket with one of them is the wallet's ("paid the notary
 * through the app", "charged twice for concert tickets", "bought concert tickets from a stranger and they were fake").
 */
export const WALLET_SIDE_WORDS: readonly string[] = [
  ...WALLET_NAMED_WORDS, ...TOP_UP_WORDS, 'balance', 'account', 'transfer', 'transferred', '余额', '转账', '账户', '账号', '提现',
  '残高', '送金', 'アカウント', '잔액', '송금', '계정', 'saldo', 'transferencia', 'cuenta',
];

/**
 * Trades whose fees a visitor may ask about ("what fees do estate agents charge", "請律師要花多少錢", "변호사 상담 비용"). Not
 * an accountant or a tax adviser: a statement is fetched for them ("need a pdf statement for my accountant").
 */
export const TRADES: readonly string[] = [
  'lawyer', 'lawyers', 'attorney', 'notary', 'realtor', 'realtors', 'real estate agent', 'estate agent', 'estate agents', 'broker', 'brokers',
  'brokerage', 'plumber', 'electrician', 'dentist', 'mechanic',
  'architect', 'locksmith', 'carpenter', 'builder', 'contractor', 'interior designer', 'photographer', 'translator', 'private tutor',
  'moving company', 'removal company', 'babysitter', 'nanny',
  '律师', '公证', '中介', '房仲', '券商', '代书', '水电工',
  '建筑师', '建筑设计师', '锁匠', '开锁师傅', '开锁公司', '木工', '装修公司', '装修师傅', '室内设计师', '摄影师', '翻译公司', '家教', '搬家公司', '保姆',
  '弁護士', '司法書士', '行政書士', '不動産屋', '不動産会社', '仲介手数料', '証券会社',
  '建築士', '建築家', '鍵屋', '大工', '工務店', 'リフォーム業者', 'カメラマン', '翻訳者', '家庭教師', '引越し業者', '引っ越し業者', 'ベビーシッター',
  '변호사', '법무사', '부동산', '중개 수수료', '중개수수료', '증권사',
  '건축사', '건축가', '열쇠공', '열쇠 수리', '목수', '인테리어 업체', '사진작가', '번역가', '과외 선생님', '과외비', '이삿짐센터', '이사 업체', '베이비시터',
  'abogado', 'abogada', 'notario', 'notaria', 'inmobiliaria', 'corredor de bolsa', 'gestoria', 'dentista', 'mecanico', 'plomero', 'fontanero',
  'arquitecto', 'arquitecta', 'cerrajero', 'carpintero', 'albanil', 'contratista', 'fotografo', 'traductor', 'profesor particular',
  'empresa de mudanzas', 'ninera',
];

/**
 * Tickets for a show or a journey, and a journey cancelled ("can i get my money back for a concert ticket", "演唱会门票能退吗",
 * "新幹線の切符", "me pueden devolver el dinero del billete de tren"): the organiser's or the carrier's, unless the wallet or a
 * charge on it is named ("refund for a train ticket i paid with the wallet").
 */
export const TICKETS: readonly string[] = [
  'concert ticket', 'concert tickets', 'movie ticket', 'movie tickets', 'plane ticket', 'train ticket', 'bus ticket', 'flight ticket', 'airline ticket',
  '门票', '演唱会', '电影票', '车票', '机票', '火车票', '高铁票', '船票',
  // Taiwan's railways booked (台鐵訂票, 高鐵訂位): the railway's seat and refund
  '台铁订票', '高铁订票', '台铁订位', '高铁订位',
  '切符', '航空券', '乗車券', '新幹線', 'コンサートのチケット', 'ライブのチケット', '映画のチケット',
  '콘서트 티켓', '공연 티켓', '영화표', '기차표', '항공권', '비행기표', '티켓 환불',
  'entrada del concierto', 'entradas del concierto', 'entrada al concierto', 'boleto de avion', 'boleto de tren', 'boleto de autobus',
  'boletos para', 'pasaje de avion', 'pasaje de bus',
  // a journey cancelled or its booking: the carrier's refund ("my flight got cancelled how do i get my money back from the airline")
  'airline', 'airlines', 'a flight', 'my flight', 'the flight', 'flight got cancelled', 'flight was cancelled', 'flight cancelled', 'cancelled flight', 'ferry',
  'train got cancelled', 'train was cancelled', 'cancelled train',
  '航班', '航空公司', '欠航', '航空会社', '高速バス', '결항', '항공사', '고속버스', '버스 표', '버스표', 'ktx',
  'billete de tren', 'billete de avion', 'billete de autobus', 'un vuelo', 'el vuelo', 'mi vuelo', 'vuelo cancelado', 'cancelaron el vuelo', 'cancelaron mi vuelo', 'aerolinea',
  // a season ticket or a commuter's pass (a transit card paid with is another's card: see OTHER_CARDS in other-money.ts)
  // a ticket refunded or changed at the railway or the venue, and a road's toll ("火车票改签差价怎么退", "高速过路费扣错了"; session 32)
  '退票', '改签', '过路费', '通行费', '高速费',
  'train pass', 'rail pass', 'season ticket', 'commuter pass', '月票', '定期票', '定期券', '정기권', 'abono de transporte', 'abono del tren',
];

/**
 * Food and what keeps it, pets, home appliances, luggage: never the wallet's, unless the question names the wallet, money
 * or paying (see MONEY_WORDS: a humidifier's water topped up is no top-up of the wallet's), or a refund, a charge or the
 * seller (see DELIVERY_DISPUTE_WORDS): "why does my dishwasher keep failing to drain", "비행기 수하물 한도 얼마예요?", not "i was charged
 * twice for milk at the store" or "refund for the oven i sent back" (groceries and appliances are bought with the wallet).
 */
export const HOUSEHOLD: readonly string[] = [
  'chicken', 'meat', 'leftovers', 'bread', 'freezer', 'frozen food', 'frozen pipe', 'pipes', 'dog', 'dogs', 'puppy', 'cat', 'kitten', 'pet',
  // dishes and groceries kept cold (not 국 or 밥 alone: 한국, 밥값; not 鱼 alone: 闲鱼, a marketplace)
  'soup', 'rice', 'milk', 'breast milk', 'cheese', 'fish', 'vegetables', 'fruit', 'dough', 'ice cream',
  '汤', '米饭', '剩饭', '牛奶', '母乳', '蔬菜', '水果', '面团', '冰淇淋',
  'スープ', 'ご飯', '牛乳', '母乳', '野菜', '果物', '生地', 'アイス',
  '찌개', '우유', '모유', '생선', '채소', '야채', '과일', '반죽', '아이스크림',
  'sopa', 'arroz', 'leche', 'queso', 'pescado', 'verduras', 'fruta', 'masa', 'helado',
  // (肉 and 猫 are Japanese too; not 반려 alone, an application turned down; not carne alone, carné once normalised)
  '冻肉', '肉', '鸡肉', '冷冻室', '冰箱', '水管', '狗', '猫', '宠物',
  '冷凍庫', '冷凍した', '食品', '水道管', '犬', 'ペット',
  '고기', '냉동실', '냉장고', '음식', '강아지', '고양이', '반려동물', '반려견', '반려묘',
  'la carne', 'carne congelada', 'pollo', 'congelador', 'nevera', 'tuberia', 'perro', 'perrito', 'gato', 'mascota',
  'dishwasher', 'washing machine', 'dryer', 'microwave', 'air conditioner', 'luggage', 'baggage', 'carry on', 'checked bag', 'checked bags',
  'oven', 'kettle', 'toaster', 'fridge', 'refrigerator', 'vacuum cleaner', 'robot vacuum', 'water heater', 'boiler', 'humidifier', 'dehumidifier',
  '洗衣机', '洗碗机', '烘干机', '微波炉', '空调', '行李', '托运',
  '烤箱', '电水壶', '烧水壶', '吸尘器', '扫地机器人', '热水器', '加湿器', '除湿机',
  '洗濯機', '食洗機', '乾燥機', '電子レンジ', 'エアコン', '手荷物', '預け荷物', 'スーツケース',
  'オーブン', '電気ケトル', 'トースター', '冷蔵庫', '掃除機', 'ロボット掃除機', '給湯器', '加湿器', '除湿機',
  '세탁기', '식기세척기', '건조기', '전자레인지', '에어컨', '수하물', '캐리어',
  '오븐', '전기포트', '토스터', '청소기', '로봇청소기', '보일러', '온수기', '가습기', '제습기',
  'lavadora', 'lavavajillas', 'secadora', 'microondas', 'aire acondicionado', 'equipaje', 'maleta',
  'horno', 'hervidor', 'tostadora', 'refrigerador', 'aspiradora', 'calentador', 'calefon', 'humidificador', 'deshumidificador',
  // eggs frozen (a visitor's own, or food)
  'eggs', 'egg freezing', 'ovulos', '卵子', '冻卵', '난자',
  // a smartwatch (paying with one names paying)
  'smart watch', 'smartwatch', '智能手表', '智慧手表', 'スマートウォッチ', '스마트워치', 'reloj inteligente',
];

/**
 * Shopping centres and department stores: their opening hours, their rules, a fee to return something there ("is there a
 * fee to return shoes at the mall?", "商场几点关门"), unless the question names money or paying, a refund, a charge or the
 * seller (as for HOUSEHOLD: paying there and a refund from a shop are the wallet's), or using or taking the wallet there
 * (see USING_WORDS). Not 쇼핑몰: an online shop in Korean.
 */
export const SHOPPING_CENTRES: readonly string[] = [
  'mall', 'shopping mall', 'shopping centre', 'shopping center', 'department store', '商场', '购物中心', '百货公司', '百货商店',
  'ショッピングモール', 'デパート', '百貨店', '백화점', '아울렛', 'centro comercial', 'plaza comercial', 'tienda departamental',
];
/** Using the wallet somewhere, or a place taking it: "can i use this at the mall", "商场可以用吗", "デパートで使えますか". */
export const USING_WORDS: readonly string[] = [
  'use', 'used', 'using', 'accept', 'accepts', 'accepted', 'take', 'takes', 'work', 'works', 'qr', 'payments',
  '用', '使え', '使う', '使用', '利用', '쓸', '쓰', '사용', '결제', 'usar', 'usarla', 'usarlo', 'uso', 'aceptan', 'acepta', 'sirve', 'funciona', 'pagar',
];

/**
 * A vehicle's inspection or its own trouble: never the wallet's, unless the question names the wallet, money or paying, a
 * charge, a refund or the seller (as for HOUSEHOLD): "why does my car keep failing its mot", "车检没通过怎么办", "車検の費用はいくらですか", not "can i pay
 * for my car inspection with the wallet".
 */
export const VEHICLES: readonly string[] = [
  'mot', 'car inspection', 'vehicle inspection', 'smog check', 'smog checked', 'emissions test', 'car wont start',
  // a used car checked before buying: its mileage, its chassis number
  'used car', 'second hand car', 'secondhand car', 'mileage', 'odometer', 'vin',
  '车检', '年检', '验车', '尾气检测', '排气检验', '排气检测', '二手车', '中古车', '里程数', '里程表', '车架号', '车身号码',
  '車検', 'エンジンがかからない', '中古車', '走行距離', '車台番号',
  '자동차 검사', '정기검사', '차 검사', '시동', '중고차', '주행거리', '차대번호',
  'itv', 'verificacion vehicular', 'revision tecnica', 'inspeccion vehicular', 'coche usado', 'carro usado', 'auto usado', 'kilometraje', 'numero de bastidor',
];

/**
 * A bank's own machines and branches: a card kept by a cash machine, cash it did not give, its fee, where one is, a branch's
 * hours ("my bank card got swallowed by the atm", "提款机把我的卡吃掉了", "el cajero se tragó mi tarjeta"): the bank's, unless
 * the wallet or a charge on it is named (see WALLET_SIDE_WORDS). Not cajero alone (a shop's cashier) nor 窓口 alone (the
 * wallet's own contact desk, お問い合わせ窓口).
 */
export const BANK_MACHINES: readonly string[] = [
  'atm', 'atms', 'cash machine', 'cashpoint', 'bank branch',
  '取款机', '提款机', '吞卡', '吃卡', '卡被吃', '银行几点', '银行营业时间',
  '현금인출기', '인출기', '은행 영업시간',
  'cajero automatico', 'cajeros automaticos', 'cajero del banco', 'cajero de otro banco', 'cajero cerca', 'se trago mi tarjeta', 'se trago la tarjeta',
  'me retuvo la tarjeta', 'sucursal del banco', 'cajeros de otro banco', 'cajeros de otros bancos',
  // a cheque paid in at a bank ("how long does a cheque take to clear", "은행 수표 입금하면 며칠 걸려요?")
  'cheque', 'paper check', 'deposit a check', 'mobile check deposit', '支票', '小切手', '수표',
];

/**
 * Places and institutions with their own fees, rules and accounts (a museum, a library, a car park, a salon, a vet, a
 * school's portal): their fee, their limit or a locked student account is theirs ("小区停车位每个月收费多少", "is there a fine
 * for returning library books late", "大学の履修システムのアカウントがロックされた"), unless the question names the wallet,
 * paying or a charge on it (see VENUE_WALLET_WORDS): "paying for parking with the wallet qr keeps failing" is the wallet's.
 * Not a shop, a restaurant, a hotel or a gym (paying there, a membership billed every month and a refund from one are the
 * wallet's business), nor a landlord (the visitor sends the rent to one: "sent rent to my old landlord by accident").
 */
export const VENUES: readonly string[] = [
  'museum', 'zoo', 'aquarium', 'theme park', 'amusement park', 'water park', 'swimming pool', 'library',
  'car park', 'parking lot', 'parking garage', 'parking space', 'parking spot', 'parking fee', 'nail salon', 'hair salon', 'hairdresser',
  'barber', 'vet', 'veterinarian', 'animal hospital', 'student portal', 'school portal', 'university portal', 'tuition', 'daycare', 'kindergarten', 'golf course', 'ski pass', 'fishing licence', 'fishing license',
  '博物馆', '美术馆', '科技馆', '动物园', '水族馆', '游乐园', '主题乐园', '游泳馆', '游泳池', '图书馆', '停车场',
  '停车位', '停车费', '车位费', '美甲', '美发', '理发', '动物医院', '兽医', '教务系统', '选课系统',
  '学费', '幼儿园', '滑雪场', '高尔夫', '钓鱼证',
  '博物館', '美術館', '動物園', '水族館', '遊園地', 'テーマパーク', 'プール', '図書館', '駐車場', 'パーキング',
  'ネイルサロン', '美容院', '美容室', '床屋', '動物病院', '獣医', '履修', '学費', '保育園', '幼稚園',
  'ゴルフ場', 'スキー場',
  '박물관', '미술관', '동물원', '아쿠아리움', '수족관', '놀이공원', '테마파크', '워터파크', '수영장', '도서관',
  '주차장', '주차 요금', '주차비', '네일샵', '미용실', '이발소', '동물병원', '수의사', '학사 시스템',
  '수강신청', '등록금', '어린이집', '유치원', '골프장', '스키장',
  'museo', 'zoologico', 'acuario', 'parque de diversiones', 'parque tematico', 'parque acuatico', 'piscina', 'alberca', 'biblioteca', 'estacionamiento', 'parqueadero', 'aparcamiento', 'parking', 'salon de unas', 'peluqueria',
  'barberia', 'veterinario', 'veterinaria', 'portal de la universidad', 'colegiatura', 'guarderia', 'jardin de infantes',
  'campo de golf', 'licencia de pesca',
  // a course at a school or an academy (not "course" alone: "of course"; not curso alone: "en curso", a transfer pending)
  'a course', 'the course', 'my course', 'online course', 'semester', '课程', '退课', '网课', '講座', '受講', '수강', '강의', '학원',
  'un curso', 'el curso', 'del curso', 'mi curso', 'semestre', 'a class', 'the class', 'my class', 'una clase', 'la clase', 'mi clase',
  // an exam's sitting fee, and a community centre (not "registration fee" alone: signing up to the wallet)
  'exam fee', 'exam fees', 'test fee', '报名费', '考试费', '受験料', '検定料', '응시료', '시험 접수비', 'cuota del examen', 'inscripcion al examen',
  'community centre', 'community center', 'centro comunitario', '社区中心', '活动中心', '公民館', '주민센터',
  // a post office (not 郵局, 郵便局 or 우체국: a bank card or account of theirs is added to the wallet; not correos alone: e-mails)
  'post office', 'oficina de correos',
  // a wedding venue, a vending machine, an application to a university (not a university or 大学 alone: 大学生, a student's account)
  'wedding venue', 'salon de bodas', 'salon de la boda', '婚宴', '婚礼场地', '結婚式場', '式場', '웨딩홀', '예식장',
  'vending machine', 'maquina expendedora', '自动售货机', '贩卖机', '自販機', '自動販売機', '자판기', '자동판매기',
  'university application', 'college application', 'solicitud de la universidad', 'solicitud a la universidad',
];
/**
 * A gym's membership frozen, passed on or cancelled ("can i transfer my gym membership to my brother", "健身房会员卡能冻结吗",
 * "¿puedo pasarle mi abono del gimnasio a mi hermano?"): the gym's, when both a gym and its membership are named and no
 * payment, charge or refund is (see VENUE_WALLET_WORDS, DELIVERY_DISPUTE_WORDS): a gym billing the wallet every month, or
 * its refund, is the wallet's business.
 */
export const GYMS: readonly string[] = [
  'gym', 'fitness club', 'health club', 'fitness center', 'fitness centre', '健身房', '健身中心', 'ジム', 'フィットネスクラブ', '헬스장', '피트니스', 'gimnasio',
  // gym chains of Latin America and Spain by name ("¿cuánto cuesta la mensualidad de Smart Fit?"; session 33)
  'smart fit', 'smartfit', 'bodytech', 'sports world', 'sport city', 'megatlon', 'anytime fitness', 'basic fit', 'basic-fit',
];
export const MEMBERSHIPS: readonly string[] = [
  'membership', 'member card', 'pass', '会员', '会籍', '年卡', '月卡', '会員', '회원권', '회원', '이용권', 'membresia', 'abono', 'suscripcion',
];
/**
 * Organisations with their own members, students, customers and systems (a school, a university, a council, an airline,
 * a hotel, an insurer, a hospital, a gym): a thing of theirs (see THEIR_THINGS) named with one and no word of the wallet's
 * own product (see PRODUCT_WORDS) is theirs, whatever is asked of it — a refund, a failure, a password ("refund for my
 * gym membership", "the university fees portal keeps saying payment unsuccessful", "대학교 등록금 환불은 언제 되나요"),
 * not "can i pay my school fees with the wallet" nor "the gym charged my balance twice". Not a shop, a restaurant or a
 * seller: the wallet pays them, and a refund from one is the refund entry's.
 */
export const ORGANISATIONS: readonly string[] = [
  ...GYMS, 'school', 'college', 'university', 'uni', 'council', 'city council', 'airline', 'hotel', 'insurance', 'insurance company', 'insurer',
  'hospital', 'clinic', 'tax office', 'dmv', 'dvla', 'hmrc', 'irs', 'broadband provider', 'internet provider', 'cinema', 'streaming service',
  '学校', '学院', '航空公司', '酒店', '保险公司', '医院', '税务局',
  // an insurer's policies, by their kind ("手机碎屏险怎么理赔", "买的手机保险理赔要多久"; session 31; 车险 and 医疗险 are
  // named as another's product: see OTHER_PRODUCTS in other-money.ts)
  '碎屏险', '手机保险', '手机险', '意外险', '重疾险', '延保',
  '専門学校', '航空会社', 'ホテル', '保険会社', '病院', '市役所', '区役所', '税務署',
  '학교', '대학교', '항공사', '호텔', '보험사', '보험회사', '병원', '구청', '세무서',
  'escuela', 'colegio', 'universidad', 'facultad', 'ayuntamiento', 'aerolinea', 'aseguradora', 'clinica', 'hacienda',
  // Latin America's tax and social security offices ("cómo recupero mi contraseña del SAT", "mi número de seguridad social del
  // IMSS"; session 31): SAT after an article only (an English "sat" is a verb)
  'el sat', 'del sat', 'al sat', 'imss', 'issste', 'infonavit', 'seguro social', 'afip', 'anses', 'sunat', 'registro civil',
];
/** An organisation's own thing (see ORGANISATIONS): a membership, a course, its fees, its portal or site, a bill, a booking, a policy, a password there (not an account: "can my son at university open an account" is the wallet's). */
export const THEIR_THINGS: readonly string[] = [
  'membership', 'subscription', 'course', 'class', 'classes', 'fees', 'tuition', 'portal', 'website', 'site', 'bill', 'invoice', 'booking',
  'reservation', 'policy', 'claim', 'premium', 'password', 'login', 'contract', 'identity',
  '会员', '会籍', '学费', '课程', '官网', '网站', '系统', '账单', '预订', '保单', '理赔', '密码',
  '会員', '会費', '学費', '授業料', '講座', '受講', 'ポータル', 'サイト', 'システム', '請求書', '予約', '保険料', 'パスワード',
  '회원권', '회비', '등록금', '수강료', '강의', '포털', '사이트', '고지서', '예약', '보험료', '비밀번호',
  'membresia', 'suscripcion', 'curso', 'clase', 'clases', 'colegiatura', 'matricula', 'cuota', 'pagina', 'factura', 'recibo',
  'reserva', 'poliza', 'contrasena', 'constancia', 'numero de seguridad social', 'cita', 'turno', 'mensualidad',
  // its telephone not answered ("税務署に電話がつながらない"; session 30). Not a phone number: the visitor's own changes.
  '電話がつなが', '電話が繋が', '电话打不通', '전화 연결이 안', '전화가 연결이 안',
];
/**
 * The wallet's own product and what it does with the visitor's money: a balance, a top-up, a transfer, a withdrawal, a
 * charge on it, paying with it, a scam. Not a payment or a refund alone: another's portal reports a payment failed, and
 * another organisation refunds its own fees.
 */
export const PRODUCT_WORDS: readonly string[] = [
  'wallet', 'ewallet', 'app', 'balance', 'top up', 'topup', 'topped up', 'transfer', 'transferred', 'withdraw', 'withdrawal', 'charged',
  'debited', 'deducted', 'twice', 'pay', 'paid', 'paying', 'qr', 'scam', 'scammed', 'fraud',
  '钱包', '余额', '零钱', '充值', '转账', '提现', '扣款', '扣了', '扣费', '两次', '付款', '骗',
  'ウォレット', 'アプリ', '残高', 'チャージ', '送金', '出金', '引き落とし', '二重', '2回', '払っ', '払え', '詐欺',
  '지갑', '앱', '어플', '잔액', '충전', '송금', '출금', '이체', '두 번', '빠져나', '사기',
  'billetera', 'aplicacion', 'saldo', 'recarga', 'recargar', 'transferencia', 'transferi', 'retirar', 'retiro', 'cobro', 'cobraron',
  'cargo', 'dos veces', 'pague', 'pagar', 'estafa',
];

/**
 * A car's fluids and tyres, topped up or checked ("how do i top up the coolant", "轮胎气压不够", "ウォッシャー液の補充"): the
 * car's, unless the wallet, paying or a charge is named (see VENUE_WALLET_WORDS: a top-up alone is no sign of the wallet there).
 */
export const CAR_CARE: readonly string[] = [
  'coolant', 'antifreeze', 'brake fluid', 'engine oil', 'motor oil', 'washer fluid', 'windscreen washer', 'windshield washer', 'tyre',
  'tyres', 'tire', 'tires', 'tyre pressure', 'tire pressure',
  // oil alone, topped up ("how do i top up the oil in my car", "como le recargo aceite al carro"; session 22)
  'oil', 'aceite',
  '机油', '防冻液', '冷却液', '刹车油', '玻璃水', '胎压', '轮胎',
  'エンジンオイル', '冷却水', 'クーラント', 'ブレーキオイル', 'ウォッシャー液', 'タイヤ', '空気圧',
  '엔진오일', '냉각수', '부동액', '브레이크 오일', '워셔액', '타이어', '공기압',
  'anticongelante', 'refrigerante del motor', 'liquido de frenos', 'aceite del motor', 'aceite del carro', 'aceite del auto',
  'limpiaparabrisas', 'llanta', 'llantas', 'neumatico', 'neumaticos',
];
/**
 * Dealings with another party in a wallet question's words: a bid at an auction withdrawn, a rented home's deposit kept,
 * a player's transfer between clubs, a game's own currency bought, airline miles moved
 * ("can i withdraw my bid at the auction", "房东不退押金怎么办", "あの選手の移籍金はいくら", "手遊儲值怎麼比較便宜"): the
 * auction house's, the landlord's, the clubs', the game's or the airline's, unless the wallet, paying or a
 * charge on it is named (see VENUE_WALLET_WORDS: "le transferí la fianza al casero a una cuenta equivocada" is the
 * wallet's). An online auction is paid with the wallet: only its bidding is the auction's (and not 拍卖 alone: 网拍卖家,
 * a seller on an auction site who took the money, is the scam entry's).
 */
export const DEALINGS: readonly string[] = [
  'auction', 'bid', 'bidding', 'bidder', '拍卖会', '拍卖行', '竞拍', '出价', '下标', 'オークション', '入札', '落札', '경매', '입찰', '낙찰', 'subasta', 'puja', 'pujar',
  // a rented home's deposit (not a landlord alone: rent is sent to one, see VENUES; not 押金 alone nor 退押金: a hotel's
  // deposit is the refund entry's, a metro card's its issuer's)
  'security deposit', 'rental deposit', 'damage deposit', 'tenancy deposit',
  // …and a landlord keeping one, however said, as 房东不退 ("my landlord wont give back my deposit")
  ...['landlord', 'landlady'].flatMap((who) =>
    ['wont give back', 'will not give back', 'wont return', 'will not return', 'wont refund', 'refuses to return', 'refuses to give back', 'refused to return', 'refused to give back', 'never returned', 'never gave back', 'kept my deposit', 'is keeping my deposit', 'keeps my deposit'].map((act) => `${who} ${act}`),
  ),
  ...['my', 'the'].flatMap((det) => [`deposit back from ${det} landlord`, `deposit from ${det} landlord`]),
  '租房押金', '房租押金', '房屋押金', '房东不退', '房东不还', '房东不肯退', '房东押金', '房东扣押金',
  '敷金', '礼金', '보증금', '전세금', 'fianza', 'deposito de garantia', 'deposito del departamento', 'deposito del alquiler',
  // a player's transfer between clubs (not "transfer fee": the wallet's fee)
  'footballer', 'striker', 'transfer window', 'transfer market', '转会', '球员', '移籍', '이적료', '이적 시장', '이적시장', 'futbolista', 'fichaje', 'fichajes',
  // a game's own currency (a game by its name: see NAMES in services.ts; not 游戏 or juego alone: "有人冒充游戏客服", a scam)
  'mobile game', 'game currency', 'in game currency', 'in game purchase', 'gems', 'battle pass', 'loot box',
  '游戏充值', '游戏币', '手游', '氪金', '点券', 'ゲーム課金', 'ゲームの課金', 'ゲーム内', 'ガチャ', '게임 충전', '게임 아이템', '게임 캐시', '현질',
  'juego del celular', 'juego del movil', 'juegos del celular', 'monedas del juego', 'gemas', 'pase de batalla',
  // airline miles
  'frequent flyer', 'frequent flier', 'air miles', 'airline miles', '航空里程', '飞行里程', 'マイル', '마일리지', 'millas',
];
/**
 * The wallet, paying, a charge on the visitor's money, money sent or a refund coming back, or a scam: a place (see VENUES),
 * a dealing with another party (DEALINGS) or a car's care (CAR_CARE) with one of them is the wallet's ("there is a charge from a car park i never used", "停车费扣了两次").
 */
export const VENUE_WALLET_WORDS: readonly string[] = [
  'wallet', 'app', 'pay', 'paid', 'paying', 'payment', 'qr', 'balance', 'charged', 'charged me', 'charging', 'charges', 'a charge',
  'charge from', 'charge on', 'deducted', 'debited', 'twice', 'send', 'sent', 'sending', 'transferred', 'refunded', 'refund to', 'scam', 'scammed',
  '钱包', '付款', '支付', '付钱', '扫码', '余额', '扣款', '扣了', '扣费', '扣钱', '到账', '退到', '转账', '转给', '转错', '转了', '两次', '骗',
  // tuition sent to a child or a relative with the wallet (给儿子转学费, 要轉學費給小孩; session 40), not the school's fee
  '转学费', '汇学费',
  'ウォレット', 'アプリ', '支払', '払った', '払え', '決済', '残高', '送金', '送っ', '振込', '振り込', '引き落とし', '請求', '二重', '2回', '詐欺',
  '지갑', '앱', '어플', '결제', '잔액', '송금', '이체', '보내', '보냈', '청구', '빠져나', '두 번', '사기',
  'billetera', 'aplicacion', 'pago', 'pague', 'pagar', 'saldo', 'transferencia', 'transferi', 'envie', 'mande', 'cobro', 'cargo',
  'me cobraron', 'me cobro', 'dos veces', 'estafa',
];

/**
 * A household's bills for electricity, water, gas or the phone line: the utility's, unless the question names the wallet
 * or a charge on it (see WALLET_SIDE_WORDS): "este mes la factura de la luz vino carísima", "怎么给手机交话费", not "can i
 * pay my electricity bill with the wallet".
 */
export const UTILITY_BILLS: readonly string[] = [
  'electricity bill', 'electric bill', 'power bill', 'water bill', 'gas bill', 'utility bill', 'utility bills', 'internet bill',
  '电费', '水费', '燃气费', '煤气费', '网费', '瓦斯费',
  // a bill paid at a convenience store's counter and its slip (超商繳費的收據, 繳費單): the biller's, not a top-up there
  '超商缴费', '缴费单',
  '電気代', '電気料金', '水道代', '水道料金', 'ガス代', 'ガス料金', '光熱費',
  '전기요금', '전기 요금', '전기세', '수도요금', '수도 요금', '가스요금', '가스 요금',
  'factura de la luz', 'recibo de la luz', 'recibo de luz', 'factura del agua', 'recibo del agua', 'factura del gas', 'recibo del gas',
  'factura de internet', 'cuenta de la luz',
  // the bill's payment, named as one ("en el Oxxo no me recibieron el pago de la luz"; session 33)
  'pago de la luz', 'pago de luz', 'pago del agua', 'pago del gas',
  // the utility companies themselves (not 台电 alone: 一台电脑; Taipower with its bill, its company or paying it)
  'power company', 'electric company', 'electricity company', 'electricity provider', 'energy provider', 'water company', 'gas company', 'utility company',
  '电力公司', '供电局', '国家电网', '台电公司', '台电帐单', '台电账单', '台电电子', '台电缴费', '自来水公司', '燃气公司', '台湾电力', '電力会社', '東京電力', 'ガス会社', '水道局', '한전', '한국전력', '도시가스',
  'compania de luz', 'compania electrica', 'empresa de luz', 'empresa electrica', 'compania de gas', 'compania de agua', 'cfe',
  // home internet and cable, a provider's bill ("电信宽带账单在哪查", "dónde veo mi recibo de izzi", "where do i see my comcast bill")
  '宽带', '宽频', '光回線', 'ネット回線', 'インターネット料金', '인터넷 요금', '인터넷요금', 'izzi', 'totalplay', 'megacable', 'comcast', 'xfinity',
  'directv', 'cable bill', 'cable company', 'internet provider', 'internet company',
];

/**
 * A phone line's bill, prepaid credit and data, and the carriers ("手机话费怎么充值", "how do i add airtime", "携帯の料金を
 * チャージしたい", "recargar saldo al celular", "中華電信的帳單可以用超商繳嗎"): the carrier's, unless the wallet, a charge on it
 * or a scam is named (see WALLET_NAMED_WORDS: a top-up or a balance there is the phone's credit). Not a phone number
 * changed with the carrier (携号转网, MNP, 번호이동): the change-phone-number entry's.
 */
export const PHONE_LINES: readonly string[] = [
  'phone bill', 'phone credit', 'mobile credit', 'airtime', 'prepaid sim', 'data plan',
  // a SIM the carrier blocked or deactivated, brought back by the carrier ("my globe sim got blocked, how to reactivate it"; session 31)
  'sim got blocked', 'sim is blocked', 'sim was blocked', 'sim got deactivated', 'sim was deactivated', 'reactivate my sim', 'reactivate the sim',
  // a line the carrier suspended for arrears and brings back ("联通欠费停机了怎么复机", "停机保号怎么办理"; session 32; not 停机
  // alone: a number no longer used is the change-phone-number entry's)
  '复机', '欠费停机', '停机保号',
  '话费', '电话费', '充话费', '流量包', '电信费', '电信账单', '电信帐单', '手机账单', '手机帐单', '电话账单', '电话帐单', '月租费', '中华电信', '台湾大哥大', '远传电信',
  '携帯代', '携帯料金', '携帯の料金', '携帯電話料金', 'スマホ代', 'スマホ料金', 'スマホの料金', '通信料金', '通信費', '電話代', 'プリペイドsim', 'データ容量', 'ギガ',
  '통신비', '휴대폰 요금', '핸드폰 요금', '데이터 충전', '선불폰', '선불 요금',
  'factura del telefono', 'linea de prepago', 'recarga de celular', 'recarga al celular', 'saldo al celular', 'saldo del celular', 'saldo de mi celular', 'recarga telefonica',
  'plan de datos', 'tiempo aire',
];
/**
 * A phone bill's autopay from a card or a bank account, set with the carrier ("遠傳的月租費可以改成信用卡扣款嗎"; session 33):
 * not a charge on the wallet (扣款, see WALLET_NAMED_WORDS), which a phone line's words with the wallet named still are.
 */
export const CARRIER_AUTOPAY: readonly string[] = ['信用卡扣款', '自动扣款', '银行扣款'];
/**
 * A phone line's prepaid credit and data, beside a carrier's name (see CARRIERS in other-money.ts): "¿cómo recargo saldo a mi
 * línea Movistar?", "cuánto cuesta el paquete de megas de Tigo", "how do i top up my airtel". Not a carrier alone: a new
 * line from another carrier is the change-phone-number entry's ("me pasé de Movistar a Claro con una línea nueva"), nor
 * a plan (a clear one, "un plan claro") or a bill (paid with the wallet, or failing there).
 */
export const PHONE_CREDIT_WORDS: readonly string[] = [
  'recarga', 'recargas', 'recargar', 'recargo', 'recargue', 'recargarle', 'saldo', 'tiempo aire', 'megas', 'gigas', 'datos moviles',
  'paquete de datos', 'plan de datos', 'roaming',
  'top up', 'topup', 'recharge', 'airtime', 'prepaid', 'data plan', 'data pack', 'balance', 'load',
];
/**
 * What else a carrier named is asked about that is its own (session 31): its plans, data used abroad, coverage and its own
 * customer service ("cuánto cuesta el plan ilimitado de Movistar", "cuánto me cobra Claro por usar datos en Estados Unidos",
 * "Movistar tiene atención por WhatsApp?"), as with PHONE_CREDIT_WORDS and with the wallet named the wallet's ("pagué mi
 * plan de Telcel con la billetera"). Not a number: a number moved with the carrier is the change-phone-number entry's.
 */
export const CARRIER_ASKED: readonly string[] = [
  'plan', 'planes', 'plan ilimitado', 'usar datos', 'uso de datos', 'datos en el extranjero', 'internet movil', 'cobertura', 'senal', 'sin senal',
  'atencion', 'soporte', 'servicio al cliente', 'data roaming', 'coverage', 'no signal', 'unlimited plan',
  // leaving the carrier or one of its services, and a charge seen on its bill ("cómo me doy de baja de Movistar Plus", "me
  // aparece un cargo de Telcel en mi recibo"; session 33)
  'de baja', 'en mi recibo', 'en el recibo', 'en mi factura', 'en la factura',
  // a Taiwan carrier's contract, plan and bill (see TAIWAN_CARRIERS: "遠傳綁約還沒到期解約要付違約金嗎"; session 33); not its 門號
  // or 攜碼: a number moved is the change-phone-number entry's
  '合約', '綁約', '解約', '違約金', '續約', '資費', '月租', '吃到飽', '帳單', '账单',
  // the deposit it keeps for a line, and ending one ("遠傳的門號退租要退押金嗎"; session 38)
  '押金', '保证金', '退租',
  // its bill, as each language names one ("ドコモの請求が急に高くなった", "la factura de movistar", "my verizon bill")
  '請求', '請求書', '請求額', '利用明細', '明細', '料金', 'bill', 'bills', 'statement', 'factura', 'recibo',
];
/**
 * A bank's counter and its tellers ("银行柜台转账手续费多少", "銀行の窓口で振込したい", "은행 창구 몇 시까지 해요"): the bank's,
 * unless the wallet, a charge on it or a scam is named (see WALLET_NAMED_WORDS: a transfer made there is the bank's). Not
 * 柜台 alone: a shop's counter tops the wallet up.
 */
export const BANK_COUNTERS: readonly string[] = [
  'bank counter', 'bank teller', '银行柜台', '银行窗口', '临柜', '銀行の窓口', '銀行窓口', '은행 창구', '은행창구', 'ventanilla del banco', 'ventanilla bancaria',
];

/**
 * Taxes, pensions and public dues, the slips a shop's counter takes them on, and a salary: the authority's, the payer's or
 * the employer's, unless the question names the wallet or a charge on it (see WALLET_SIDE_WORDS): "住民税をコンビニで払いた
 * い", "재산세 납부 기한이 언제예요", "월급이 아직 안 들어왔어요", not "住民税をアプリで払えますか". Not tax filing (確定申告,
 * 연말정산): a statement is fetched for it. Not 税金 or 세금 alone: "수수료에 세금 포함돼요?" asks about a fee.
 */
export const DUES_AND_PAY: readonly string[] = [
  '住民税', '自動車税', '固定資産税', '税金を払', '税金の支払', '税金の払い', '税金払', 'ふるさと納税', '年金', '健康保険料', '国民健康保険',
  '受信料', '払込票', '払込用紙', '払込書', '振込用紙', '公共料金', '給料', '給与',
  '재산세', '자동차세', '지방세', '세금 내', '세금을 내', '세금 납부', '세금 환급', '연금', '건강보험료', '관리비', '지로 용지', '지로용지', '공과금', '과태료',
  '월급', '급여',
  // a tax refund, and income tax (the authority's; not a tax return, filing or hacienda alone: a statement is fetched for it)
  'tax refund', 'tax rebate', 'income tax', 'irs', 'hmrc',
  '退税', '个税', '所得税',
  // a fine and a traffic offence, paid to the authority ("违章罚款交了显示未处理"; session 32)
  '罚款', '罚单', '违章',
  '還付金', '税金の還付', '所得税',
  '소득세', '환급금',
  'devolucion de la renta', 'devolucion de hacienda', 'devolucion de impuestos',
  // pensions and retirement savings (年金 and 연금 above)
  '401k', '401 k', 'pension', 'retirement account', 'retirement fund', 'retirement savings', 'superannuation',
  '养老金', '退休金', '养老保险', '公积金', '劳退', '劳保', '퇴직금', 'plan de pensiones', 'afore', 'fondo de retiro', 'jubilacion',
  // social insurance paid in (not 社保卡: a card, see ID_CARDS in other-money.ts; "社保缴费记录在哪查"; session 31)
  '社保缴费', '社保缴纳', '交社保', '缴社保', '社保断缴', '社保补缴', '补缴社保', '社保记录', '社保基数', '医保缴费', '交医保', '缴医保',
  // a salary in Spanish, as 給料 and 월급 ("mi empresa no me ha pagado la nómina este mes"; session 30)
  'nomina', 'sueldo', 'salario', 'quincena', 'aguinaldo',
  // an employer's expense claim paid back or its system (not 経費精算 or 报销 alone: a receipt is fetched for one;
  // "経費の払い戻しがまだ", "经费报销款还没到账"; session 30)
  '経費の払い戻し', '経費精算システム', '精算システム', '立替経費', '報銷款', '경비 정산금', '경비정산금', 'expense reimbursement',
  'reembolso de gastos',
  // the advance paid back by it, and the state's benefit payments ("経費精算の立替金", "立替金の精算", "給付金はいつ振り込まれ
  // ますか", "児童手当が入金されていない"; session 31). Not 立替金 alone: a friend's advance is sent back with the wallet.
  '経費精算の立替', '立替金の精算', '立替精算', '立て替えた経費', '経費の立て替え', '給付金', '児童手当', '失業手当',
];

/**
 * Advice on the visitor's work in customer service, or on which bank or credit card is best ("tips for working in customer care", "做客服
 * 有什么技巧", "which bank has the best customer service", "¿qué banco tiene la mejor atención al cliente?"): nothing the
 * wallet answers, though a contact-support alternate's words are there, unless the wallet is named (see WALLET_SIDE_WORDS).
 * Not "which bank" alone: "哪家银行的卡可以绑" asks which cards the wallet takes.
 */
export const ADVICE_ELSEWHERE: readonly string[] = [
  'working in customer', 'work in customer', 'job in customer', 'customer service job', 'customer service jobs', 'customer care job',
  'call center job', 'call centre job', 'work at a call', 'working at a call', 'customer service interview', 'customer service resume',
  '做客服', '当客服', '客服岗位', '客服面试',
  'コールセンターの仕事', 'コールセンターで働', 'コールセンターのバイト', 'カスタマーサポートの仕事', 'カスタマーサービスの仕事',
  '고객센터에서 일', '고객센터 일', '콜센터에서 일', '콜센터 일', '상담원으로 일', '상담사로 일',
  'trabajar en atencion al cliente', 'trabajo en atencion al cliente', 'trabajo de atencion al cliente', 'trabajar en un call center', 'trabajo en un call center',
  // what one bank or card has best (not "the best bank" or 哪家银行好 alone: "which bank is best for withdrawals", the best
  // bank or card to add, ask about the wallet)
  'which bank has the best', 'which bank has the lowest', '哪家银行的客服', '哪个银行的客服', 'que banco tiene la mejor', 'cual banco tiene la mejor',
  'which credit card has the best', 'which credit card has the lowest', '哪张信用卡回馈', '哪张信用卡权益', 'どのクレジットカードがお得', 'おすすめのクレジットカード',
];

/**
 * Money lent to or borrowed from someone the visitor knows: between them, unless the question names the wallet, a charge
 * or a transfer gone wrong (see WALLET_SIDE_WORDS, WRONG_WORDS): "友達に貸したお金が返ってこない", "un amigo me debe plata".
 */
/**
 * Belongings other than a phone or a card (an umbrella, keys, a bag, earphones, a passbook) left behind or lost: the
 * finder's or the lost-property office's, unless the question names a phone, a card, money or the wallet (see
 * LOST_WITH_WALLET_THINGS): "택시에 우산 두고 내렸어요", "家の鍵をなくしました", not "가방을 잃어버렸는데 폰도 들어 있었어요". Only
 * with a word of losing (see LOST_ACTS): "통장으로 출금" is the wallet's.
 */
export const BELONGINGS: readonly string[] = [
  'umbrella', 'house keys', 'car keys', 'backpack', 'earbuds', 'earphones', 'headphones', 'airpods',
  '雨伞', '钥匙', '背包', '耳机',
  '傘', '家の鍵', '車の鍵', '自転車の鍵', 'キーケース', '鞄', 'かばん', 'カバン', 'バッグ', 'リュック', 'イヤホン', 'ヘッドホン', '通帳',
  '우산', '열쇠', '집 키', '차 키', '가방', '백팩', '이어폰', '헤드폰', '에어팟', '통장',
  'paraguas', 'llaves', 'mochila', 'audifonos', 'auriculares',
];
/** Losing or leaving something behind (as normalizeText leaves them). */
export const LOST_ACTS: readonly string[] = [
  'lost', 'left my', 'forgot my', '丢', '落在', '忘在', '不见', 'なくし', '無くし', '失くし', '落とし', '忘れ', '置いてき', '紛失',
  '잃어버', '잃어 버', '분실', '두고 내', '놓고 내', '두고 왔', '놓고 왔', '두고 온', '놓고 온', 'perdi', 'olvide', 'deje',
];
/** A phone, a card, money or the wallet: a belonging lost with one of them is the wallet's (see BELONGINGS). */
export const LOST_WITH_WALLET_THINGS: readonly string[] = [
  ...WALLET_OR_MONEY_WORDS, 'phone', 'iphone', 'mobile', 'card', '手机', '卡', 'スマホ', '携帯', '電話', 'カード', '폰', '휴대전화', '카드',
  'celular', 'movil', 'telefono', 'tarjeta',
];
/**
 * What an entry about the visitor's phone itself (losing it: see PHONE_TAG in matcher.ts) must hear named: a phone or
 * another device the app runs on, a card, money, the account or the wallet, as spoken and as the alternates misspell
 * them (手几, 手记, celu). Any other thing lost or stolen is another's ("电动车被偷了怎么报案", "自転車を盗まれた",
 * "my car got stolen"), whichever it is: the list names what is the wallet's, not the next kind of belonging.
 */
export const PHONE_OR_WALLET_THINGS: readonly string[] = [
  ...LOST_WITH_WALLET_THINGS, 'phones', 'cellphone', 'cell phone', 'cell', 'smartphone', 'handphone', 'android', 'samsung', 'device', 'tablet', 'ipad',
  '手几', '手记', '电话', '设备', '平板', 'ケータイ', 'けーたい', 'けいたい', 'すまほ', '端末', 'アイフォン', 'タブレット', '기기', '단말', '아이폰', '태블릿',
  'cel', 'celu', 'celuar', 'dispositivo', 'tableta',
];

export const LOANS_BETWEEN_PEOPLE: readonly string[] = [
  // (not "won't give it back", 返してくれない, 不还钱, "no me devuelve": said of a transfer's recipient too)
  'owes me', 'owe me', 'lent him', 'lent her', 'lent my', 'lent a friend', 'borrowed money from me',
  '借钱不还', '借了我', '欠我', '欠钱', '借给他', '借给她', '借给朋友', '借我的钱',
  '貸した', '貸したお金', '借りたお金',
  '빌려 간', '빌려간', '빌려준', '빌린 돈',
  'me debe', 'me deben', 'le preste', 'les preste', 'me pidio prestado',
  // savings clubs among people, paid in by turns: Mexico's tanda and cundina, Colombia's natillera, Peru's pandero ("la que
  // organiza la tanda no me da mi número"; session 32)
  'tanda', 'cundina', 'natillera', 'pandero',
];
/** A transfer gone wrong: a loan sent to the wrong person is the wallet's. */
export const WRONG_WORDS: readonly string[] = [
  'wrong', 'mistake', '错', '間違', '잘못', 'error',
  // Latin words are whole (a stem never matched: "a la persona equivocada"; session 32)
  'equivocado', 'equivocada', 'equivocados', 'equivocadas', 'equivoque', 'equivoco',
];

/**
 * The photos and contacts on a phone moved to a new one ("怎么把旧手机的照片传到新手机", "새 폰으로 사진 옮기는 법"): both a
 * word of PHONE_DATA and of NEW_PHONE, and no document's photo (see ID_WALLET_WORDS: "上传证件照片失败" is the wallet's).
 */
export const PHONE_DATA: readonly string[] = [
  'photos', 'pictures', 'contacts', 'whatsapp chats', '照片', '相片', '通讯录', '联络人', '聊天记录', '写真', '連絡先', 'データ', '사진', '연락처', 'fotos', 'contactos',
];
export const NEW_PHONE: readonly string[] = [
  'new phone', 'new iphone', 'new android', '新手机', '新的手机', '新しいスマホ', '新しい携帯', '機種変更', '機種変', '새 폰', '새폰', '새 휴대폰', '새 핸드폰',
  'celular nuevo', 'telefono nuevo', 'movil nuevo', 'nuevo celular', 'nuevo telefono',
];

/**
 * A rented home's owner ("房东说押金不退了", "大家さんが保証金を返してくれない", "el casero no me quiere devolver el depósito"):
 * with a deposit (see RENT_DEPOSITS) the question is the landlord's, unless the wallet, paying or money sent is named
 * (see LANDLORD_WALLET_WORDS). Not 大家 (everyone, in Chinese) nor an owner alone (a shop's).
 */
export const LANDLORDS: readonly string[] = [
  'landlord', 'landlords', 'landlady', 'property manager', 'letting agent', 'letting agency',
  '房东', '包租公', '包租婆', '二房东',
  '大家さん', '大家に', '大家が', '大家から', '家主', '管理会社',
  '집주인', '건물주', '임대인',
  'casero', 'casera', 'arrendador', 'arrendadora', 'dueno del departamento', 'duena del departamento', 'dueno del piso', 'duena del piso',
  'dueno de la casa', 'duena de la casa', 'dueno del depa',
];
/** A rented home's deposit, however a landlord keeps it: 押金, 保证金, 敷金, 보증금, fianza. */
export const RENT_DEPOSITS: readonly string[] = ['deposit', '押金', '保证金', '敷金', '保証金', '보증금', '전세금', 'deposito', 'fianza', 'garantia'];
/**
 * The wallet, paying or money sent (see VENUE_WALLET_WORDS), but not a refund alone: a landlord's deposit refunded is the
 * landlord's ("how do i get my deposit refunded from my landlord"), one refunded to the wallet names it. Nor a deduction
 * alone: a landlord who 扣 part of a deposit keeps it ("租房押金房东扣了一半"; session 31), a charge on the wallet names it.
 */
export const LANDLORD_WALLET_WORDS: readonly string[] = [
  ...VENUE_WALLET_WORDS.filter((w) => !['refunded', 'refund to', '扣了', '扣钱'].includes(w)),
  // paying or sending it ("我要付給房東兩個月的押金", "押金转给房东")
  '付', '转',
];

/**
 * A copy of an identity document (see ID_DOCUMENTS) asked for by a landlord or an employer ("房东要我身份证复印件", "my
 * landlord wants a copy of my passport", "집주인이 신분증 사본을 달래요"): whether to give one is the visitor's own matter,
 * unless the wallet's verification is named (see ID_WALLET_WORDS: "实名认证要上传身份证复印件吗").
 */
export const ID_COPIES: readonly string[] = ['copy', 'copies', 'photocopy', 'photocopies', '复印件', '复印', '影本', 'コピー', '写し', '사본', '복사본', 'copia', 'copias', 'fotocopia'];
export const ID_ASKERS: readonly string[] = [
  ...LANDLORDS, 'employer', 'new job', 'new employer', 'hr department', 'rental agreement', 'lease',
  '租房', '租屋', '入职', '雇主', '新公司', '人事', '房屋中介',
  '賃貸', '入居', '勤務先', 'バイト先', '入社',
  '회사에', '입사', '알바', '고용주', '전세', '월세',
  'empleador', 'empleadora', 'trabajo nuevo', 'nuevo trabajo', 'alquiler', 'contrato de arrendamiento', 'arrendamiento',
];

/**
 * A bank's own charges: keeping an account, overdrawing it, its annual fee ("银行每个月扣我账户管理费", "the bank hit me with
 * an overdraft fee", "銀行の口座維持手数料", "은행 계좌 유지 수수료", "el banco me cobra comisión por manejo de cuenta"), with a
 * bank named (see BANKS) and no card of one (a bank's card with its fee is another's money already: see BANK_CARDS in
 * other-money.ts): the bank's, unless the wallet, a top-up, a withdrawal or a transfer is named (see
 * BANK_CHARGE_WALLET_WORDS: "does my bank charge a fee when i top up the wallet").
 */
export const BANK_OWN_CHARGES: readonly string[] = [
  'maintenance fee', 'maintenance fees', 'monthly service fee', 'account fee', 'overdraft', 'overdraft fee', 'overdrawn', 'minimum balance fee', 'annual fee', 'annual fees',
  '账户管理费', '帐户管理费', '管理费', '年费',
  '口座維持手数料', '口座管理手数料', '口座管理料', '年会費',
  '계좌 유지 수수료', '계좌유지수수료', '계좌 관리 수수료', '연회비',
  'comision por manejo', 'cuota de manejo', 'anualidad', 'saldo minimo', 'comision por sobregiro', 'sobregiro',
];
export const BANKS: readonly string[] = ['bank', 'banks', 'checking account', 'savings account', '银行', '銀行', '은행', '통장', 'banco'];
export const BANK_CHARGE_WALLET_WORDS: readonly string[] = [
  ...TOP_UP_WORDS, 'wallet', 'app', 'withdraw', 'withdrew', 'withdrawal', 'transfer', 'twice', 'scam',
  '钱包', '提现', '转账', '两次', '骗', 'ウォレット', 'アプリ', '出金', '送金', '二重', '詐欺',
  '지갑', '앱', '어플', '출금', '송금', '이체', '두 번', '사기', 'billetera', 'aplicacion', 'retiro', 'retirar', 'transferencia', 'dos veces', 'estafa',
];

/**
 * Another party that acts on the visitor's money, unnamed (a named one is an issuer's or a store's: see ISSUERS, STORES):
 * the visitor's bank, card issuer, employer, landlord or phone company, a store, a hotel or an airline, as the one that
 * did what is asked about ("my bank froze my checking account", "the hotel put a hold on my card", "my card issuer declined
 * my card at the gas station"; session 32) or the owner of it ("my bank's app keeps logging me out"): theirs, unless the
 * wallet is mentioned (see PARTY_WALLET_WORDS: "my bank card was declined when i paid in the app", "my bank asked me to
 * verify my identity in the wallet").
 */
export const ACTING_PARTIES: readonly string[] = [
  'bank', 'card issuer', 'credit card company', 'card company', 'credit union', 'employer', 'landlord', 'phone company', 'phone provider',
  'mobile provider', 'store', 'supermarket', 'hotel', 'airline', 'restaurant', 'car rental place', 'car rental company', 'mortgage lender',
  // the visitor's boss ("my boss wants me to pay for work stuff on my own card"; session 37; not "your boss": a complaint)
  'boss', 'manager',
];
/** What such a party did, right after it or after one adverb ("my bank still hasnt"). */
export const PARTY_ACTS: readonly string[] = [
  'charged', 'charges', 'charging', 'overcharged', 'billed', 'declined', 'declines', 'declining', 'denied', 'rejected', 'refused', 'froze',
  'freezes', 'blocked', 'blocks', 'locked', 'closed', 'cancelled', 'canceled', 'reversed', 'paid', 'put', 'placed', 'raised',
  'increased', 'took', 'takes', 'deducted', 'debited', 'added', 'gave', 'texted', 'emailed', 'called', 'flagged', 'held', 'holds',
  'keeps', 'kept', 'sent', 'wont', 'doesnt', 'didnt', 'hasnt', 'cant', 'wants', 'asked', 'doubled', 'bounced', 'mailed', 'issued',
];
/**
 * What such a party is doing, after 'is', 'was' or 'keeps' and one adverb ("my employer is withholding my overtime", "the
 * hotel is still holding the deposit"; session 33).
 */
export const PARTY_DOINGS: readonly string[] = [
  'charging', 'billing', 'holding', 'withholding', 'refusing', 'rejecting', 'declining', 'denying', 'blocking', 'freezing', 'deducting',
  'taking', 'keeping', 'asking', 'raising', 'increasing', 'demanding', 'delaying',
];
/**
 * A question about such a party's doing: one of PARTY_ASKERS before it and one of PARTY_ASKS after it or after one adverb
 * ("does my card issuer charge foreign fees", "why did my bank reverse a deposit", "is my bank allowed to close my account"),
 * or getting it to do one ("how can i get my employer to pay me by direct deposit"; session 33).
 */
/**
 * Taking a matter to such a party: one of PARTY_REQUESTS, up to three words, then 'to' or 'with' and the party ("complain to my
 * card issuer", "dispute a hotel charge with my credit card company"), or asking it ("ask my credit union for"; session 33).
 */
export const PARTY_REQUESTS: readonly string[] = ['complain', 'dispute', 'report', 'appeal', 'negotiate'];
export const PARTY_ASKERS: readonly string[] = ['does', 'do', 'did', 'will', 'would', 'can', 'could', 'should', 'is', 'wont', 'doesnt', 'didnt', 'cant', 'isnt'];
export const PARTY_ASKS: readonly string[] = [
  'charge', 'overcharge', 'bill', 'decline', 'deny', 'reject', 'refuse', 'freeze', 'block', 'lock', 'close', 'cancel', 'reverse', 'pay',
  'put', 'place', 'raise', 'increase', 'lower', 'take', 'deduct', 'debit', 'give', 'text', 'email', 'call', 'flag', 'hold', 'keep', 'send',
  'release', 'approve', 'refund', 'let', 'allow', 'allowed',
];
/**
 * What such a party owns, after its possessive or its possessive and one more word ("my banks app", as normalizeText leaves
 * "my bank's app"; "my employers payroll portal").
 */
export const PARTY_THINGS: readonly string[] = [
  'app', 'mobile app', 'website', 'site', 'portal', 'online banking', 'customer service', 'hotline', 'branch', 'atm', 'fee', 'fees',
  'interest rate', 'password', 'login', 'system', 'policy', 'bill', 'statement', 'charges', 'due date', 'billing date', 'card machine',
  'card reader', 'loyalty points',
];
/** The wallet mentioned beside such a party: it, its app, what it does with the visitor's money, a card added to it, a scam. */
export const PARTY_WALLET_WORDS: readonly string[] = [
  'wallet', 'e wallet', 'ewallet', 'balance', 'qr', 'the app', 'this app', 'your app', 'in app', ...TOP_UP_WORDS, 'topped up', 'topup',
  'withdraw', 'withdrew', 'withdrawal', 'withdrawn', 'cash out', 'transfer', 'transferred', 'link', 'linked', 'add', 'bind', 'remove',
  'verify', 'verification', 'otp', 'code', 'scam', 'scammed', 'fake', 'pretending',
];

/**
 * Government portals, whose login and identity check are the government's ("정부24 본인인증이 안 돼요", "홈택스 로그인이 안
 * 돼요", "マイナポータルにログインできない", "个人所得税app实名认证失败", "can't sign in to login.gov", "no puedo entrar al portal del
 * SAT"; session 30): with one of PORTAL_ASKED and nothing of the wallet's, another's login (see namesElsewhere). Not named
 * alone: a statement is fetched for tax filing ("홈택스 연말정산용 거래내역").
 */
export const GOVERNMENT_PORTALS: readonly string[] = [
  '정부24', '민원24', '홈택스', '손택스', '위택스', '국민건강보험', '국민건강보험공단', '건강보험공단', '건보공단', '국민연금공단',
  'マイナポータル', 'e tax', 'イータックス', 'ねんきんネット',
  '个人所得税app', '个税app', '国家政务服务平台', '电子税务局', '健保快易通',
  // Taiwan's tax filing signed in to ("報稅用自然人憑證登入不了"; session 33; not 自然人憑證 alone: it verifies the wallet too)
  '報稅',
  'login gov', 'irs gov', 'gov uk', 'mygov',
  'portal del sat', 'cl ve', 'afip', 'anses',
  // social security and traffic portals ("社保网上服务平台登录不了", "cant sign in to my social security account", "mi cuenta del imss")
  '社保网', '社保平台', '社保网上服务平台', '人社app', '掌上12333', '交管12123', 'social security account', 'ssa gov', 'imss', 'infonavit', 'dian',
  'mi argentina', 'clave unica', 'renaper',
  // id.me's identity check for a benefit, Mexico's tax office by its short name ("la verificación de identidad del SAT"; session 37)
  'id me', 'del sat', 'el sat', 'al sat',
  // tax offices by their short names, whose identity check is theirs ("no puedo validar mi identidad en el SII", "bir tin
  // verification online is not working", "hmrc identity check failed"; session 38; not "sii" alone, a slip for "sí")
  'el sii', 'del sii', 'en el sii', 'al sii', 'agencia tributaria', 'bir tin', 'the bir', 'hmrc',
  // a government portal by its kind ("the government benefits portal wants me to verify my identity", "政府補助網站要驗證身分",
  // "el portal de ayudas del gobierno me pide verificar"; session 45)
  'government portal', 'benefits portal', 'government website', 'gov portal', '政府网站', '政府补助网站', '补助网站', '政府平台',
  'portal del gobierno', 'portal de ayudas', 'pagina del gobierno',
];
/**
 * What a government portal issues that only a government does: a resident registration copy, a family or tax certificate
 * ("정부24에서 주민등록등본 떼는 방법", "マイナポータルで住民票", "个税app开完税证明"; session 31): its own, as its login is (see
 * GOVERNMENT_PORTALS). Not a certificate or a statement in general: a wallet's statement is fetched for a portal.
 */
export const PORTAL_PAPERS: readonly string[] = [
  '등본', '초본', '가족관계증명서', '납세증명서', '소득금액증명', '자격득실', '住民票', '課税証明書', '納税証明書', '户籍证明', '完税证明', '纳税证明',
  'birth certificate', 'tax transcript', 'acta de nacimiento', 'constancia de situacion fiscal',
];
/** What a government portal is asked about that is its own: signing in and verifying oneself there (see GOVERNMENT_PORTALS). */
export const PORTAL_ASKED: readonly string[] = [
  '인증', '로그인', '비밀번호', '비번', '접속', '가입', '본인 확인', '본인확인',
  '認証', 'ログイン', 'パスワード', '暗証番号', '本人確認',
  '认证', '登录', '登入', '密码', '注册', '实名', '身份验证', '身分验证', '验证身分', '验证身份',
  'verify', 'verification', 'verified', 'login', 'log in', 'sign in', 'password',
  'verificar', 'verificacion', 'clave', 'contrasena', 'iniciar sesion', 'entrar',
  'identity check', 'validar', 'valida', 'validacion',
  // the certificate a portal is signed in with ("報稅要用自然人憑證", "工商憑證登不進去"; session 47)
  '凭证',
];

/**
 * A Korean carrier or a budget phone plan, and moving a number there or signing up for a plan ("알뜰폰으로 번호이동 하려면",
 * "통신사 갈아타면 번호 유지돼요"; session 30): the carrier's, unless a word of the wallet's change-phone-number question is
 * named (see CARRIER_MOVE_WALLET: "알뜰폰으로 옮기면서 번호가 바뀌었는데 계정 번호도 바꿔야 하나요").
 */
export const KOREAN_CARRIERS: readonly string[] = ['알뜰폰', '통신사', 'skt', 'sk텔레콤', 'kt', 'lg u', 'lg유플러스', '엘지유플러스', '유플러스'];
export const CARRIER_MOVES: readonly string[] = ['번호이동', '번호 이동', '갈아타', '갈아탈', '갈아탔', '개통', '요금제', '번호 유지', '번호유지'];
/**
 * A Korean carrier's own perks and contract: its membership and points, a contract and the fee for leaving it early,
 * roaming and add-on services ("SKT 멤버십 포인트 어디서 써요", "LG U+ 약정 끝나기 전에 해지하면 위약금"; session 31): the
 * carrier's, as a number moved there is, unless a word of the wallet's is named or a payment (see CARRIER_MOVE_WALLET: "KT
 * 멤버십 포인트로 결제돼요?").
 */
export const CARRIER_PERKS: readonly string[] = ['멤버십', '포인트', '약정', '위약금', '로밍', '부가서비스', '부가 서비스'];
/**
 * A Korean carrier's phone billing, small payments charged to the phone bill ("SKT 휴대폰 소액결제 한도 올리고 싶어요", "KT
 * 소액결제 내역에 모르는 게 찍혀 있어요"; session 32): its limit, history and blocking are the carrier's, as its perks are, unless a
 * word of the wallet's is named beside them (see CARRIER_MOVE_WALLET, read with these words left out: "KT 소액결제로 지갑 충전돼요?").
 */
export const CARRIER_BILLING: readonly string[] = ['소액결제', '소액 결제', '휴대폰결제', '휴대폰 결제', '핸드폰결제', '핸드폰 결제'];
/** A Korean carrier's bill and its statement ("LG유플러스 요금 명세서 어디서 봐요", "SKT 요금이 많이 나왔어요"): the carrier's, as its perks are. */
export const CARRIER_BILLS: readonly string[] = ['요금', '명세서', '청구서', '청구 금액', '통신비'];
export const CARRIER_MOVE_WALLET: readonly string[] = [
  ...WALLET_NAMED_WORDS, '변경', '바꾸', '바꿔', '바꿨', '바뀌', '바뀐', '인증', '문자', '계정', '등록', '로그인', '송금', '충전', '잔액', '결제',
];

/**
 * An annual fee is a bank's or a card's (the wallet charges none): with a bank, a bank's name or a bank's card named
 * ("招行信用卡被重复扣了年费", "capital one charged me twice for the annual fee", "bancolombia me cobró dos veces la cuota de
 * manejo"), the issuer's even when charged twice, unless the wallet, its app or "you" is named (see
 * ANNUAL_FEE_WALLET_WORDS: "does the wallet charge an annual fee for my linked credit card").
 */
export const ANNUAL_FEES: readonly string[] = [
  'annual fee', 'annual fees', 'yearly fee', 'membership fee', '年费', '年会費', '연회비', 'cuota de manejo', 'cuota anual', 'anualidad',
];
/**
 * A card by its own word, beside an annual fee: "the annual fee on my chase sapphire card", "這張卡的年費", "このカードの年会費"
 * (session 47). A card is the issuer's whatever its name: the wallet issues none and charges no annual fee.
 */
export const ANNUAL_FEE_CARDS: readonly string[] = ['card', 'cards', 'visa', 'mastercard', '卡', 'カード', '카드', 'tarjeta', 'tarjetas'];
export const ANNUAL_FEE_WALLET_WORDS: readonly string[] = [
  'wallet', 'app', 'your', 'you guys', '钱包', '你们', 'ウォレット', 'アプリ', '지갑', '앱', '어플', 'billetera', 'aplicacion', 'ustedes',
];
/**
 * Prepaid cards a visitor tops up at their own issuer, beside the transit and shop cards of OTHER_CARDS (other-money.ts):
 * a school's or a canteen's card, a fuel station's, a shop's members' card ("学校饭卡充值", "ガソリンスタンドのプリカ",
 * "주유소 포인트 카드", "gas station rewards card", "school lunch account", "tarjeta de la gasolinera"). Named only where
 * one is topped up (see CARD_TOP_UPS); never another wallet's or card's name in itself ("プリペイドカードで払える?" is a way to pay).
 */
export const PREPAID_CARDS: readonly string[] = [
  '会员卡', '学生证', '学生卡', '食堂卡', '储值卡', '加油站',
  'プリカ', 'プリペイドカード', '学食', '会員カード', 'ガソリンスタンド',
  '포인트 카드', '식당 카드', '학생증', '주유소', '멤버십 카드',
  'lunch account', 'school lunch', 'rewards card', 'gas card', 'gas station', 'gift card', 'store card', 'student card', 'meal card',
  'tarjeta de la gasolinera', 'gasolinera', 'tarjeta de regalo', 'tarjeta del comedor', 'tarjeta de estudiante', 'monedero electronico',
];
/**
 * Topping up a card (see PREPAID_CARDS and OTHER_CARDS): "悠遊卡加值失敗", "Suicaのチャージ", "티머니 충전했는데", "top up my
 * oyster card", "recargué mi tarjeta del metro". With nothing of the wallet's named (see CARD_TOP_UP_WALLET_WORDS), the
 * card's issuer's: the balance is the card's, not the wallet's ("티머니 충전했는데 잔액이 안 늘었어요").
 */
export const CARD_TOP_UPS: readonly string[] = [
  'top up', 'topped up', 'topping up', 'reload', 'reloaded', 'add money', 'added money', 'put money', 'recharge', 'load money',
  '充值', '储值', '加值', '充钱', '冲值', 'チャージ', '入金', '충전',
  'recarga', 'recargar', 'recargue', 'recargo', 'recargas', 'recargando', 'cargar saldo', 'meter saldo', 'poner saldo',
];
export const CARD_TOP_UP_WALLET_WORDS: readonly string[] = [
  'wallet', 'app', 'your', 'you guys', '钱包', '你们', 'ウォレット', 'アプリ', '지갑', '앱', '어플',
  'billetera', 'aplicacion', 'ustedes', 'con', 'desde', 'with', 'from', 'using',
];

/**
 * A shop's own rules for taking goods back: a receipt it asks for, goods opened, its policy and its window ("will walmart
 * take it back without a receipt", "蝦皮拆封了還能退嗎", "ユニクロの返品期間", "쿠팡 반품 기간", "la política de devoluciones de
 * Zara"; session 47). Beside a shop's name and nothing of the wallet's (see WALLET_SIDE_WORDS) the shop's to answer: the
 * wallet's refund entry tells where a refund for a payment made with it goes, not what a shop takes back.
 */
export const STORE_POLICIES: readonly string[] = [
  'without a receipt', 'without receipt', 'no receipt', 'return policy', 'refund policy', 'returns policy', 'return window', 'return period',
  'days to return', 'opened items', 'opened item', 'once opened', 'been opened', 'if opened', 'restocking fee', 'price match', 'price adjustment', 'exchange policy',
  '退货规定', '退货政策', '退款规定', '退款政策', '退换货规定', '退换货政策', '拆封', '鉴赏期', '无理由', '退货期限', '退换期限', '几天内可以退',
  '返品期間', '返品できる期間', '返品ポリシー', '返品条件', '返品期限', '返品の期限', '返品できる期限', '返品規定', '開封', 'レシートなし', 'レシートがない',
  '반품 기간', '반품기간', '환불 규정', '환불규정', '환불 정책', '반품 규정', '반품 정책', '교환 기간', '환불 기간', '영수증 없이', '개봉',
  'sin ticket', 'sin recibo', 'sin boleta', 'sin factura', 'politica de devoluciones', 'politica de devolucion', 'politica de reembolso',
  'plazo para devolver', 'plazo de devolucion', 'dias para devolver', 'producto abierto', 'caja abierta', 'ya abierto', 'ya abierta',
];
