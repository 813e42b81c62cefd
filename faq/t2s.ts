/**
 * Traditional → Simplified folding for matching (not for display): a compact map of the ~900
 * characters that differ and occur in everyday and payment/wallet questions, as pairs "繁简".
 * Variant forms (裡/裏 → 里, 乾/幹 → 干) fold to one character so both scripts share features.
 */

const PAIRS =
  '帳账號号戶户錢钱轉转額额餘余儲储綁绑銀银碼码設设認认證证實实驗验嗎吗麼么為为們们這这個个裡里裏里沒没還还會会過过時时間间後后開开關关閉闭體体機机電电話话聯联絡络' +
  '費费單单據据條条務务問问題题請请幫帮給给說说將将對对錯错誤误無无現现處处辦办記记錄录歷历紀纪點点擊击鍵键網网線线傳传訊讯簡简發发遞递貨货購购買买賣卖價价優优紅红' +
  '獎奖勵励積积級级員员稅税匯汇換换幣币臺台灣湾門门國国際际內内幾几張张筆笔鎖锁凍冻結结盜盗遺遗補补註注冊册頁页顯显圖图掃扫臉脸識识別别紋纹護护歲岁齡龄準准備备確确' +
  '訂订閱阅讀读續续滿满兌兑簽签約约權权隱隐資资舊旧變变動动態态狀状況况進进審审標标規规則则協协議议貸贷產产種种類类樣样誰谁該该應应須须讓让從从與与於于並并亂乱當当' +
  '週周鐘钟頭头錶表見见視视覺觉親亲觀观聽听語语詢询詳详談谈論论調调謝谢負负財财貴贵貼贴賠赔質质賬账贈赠車车軟软輸输達达遠远運运邊边鄉乡長长隊队陽阳雙双雜杂離离難难' +
  '靈灵響响順顺預预領领頻频風风飛飞館馆馬马髮发魚鱼鳥鸟麵面黃黄齊齐龍龙區区華华參参嚴严團团圍围園园場场壞坏壓压複复學学寶宝寫写導导屬属層层帶带師师廣广廳厅強强徵征' +
  '慮虑憑凭戲戏擁拥擇择擔担擴扩攜携數数斷断書书東东極极樂乐業业歡欢歸归氣气決决減减測测滯滞漢汉爭争獲获環环畫画療疗盡尽監监盤盘禮礼穩稳窮穷範范糧粮納纳紙纸純纯細细' +
  '終终組组絕绝統统經经維维綜综綠绿緊紧練练縮缩績绩總总繳缴繼继罰罚聲声職职脫脱腦脑興兴舉举藝艺藥药蘋苹術术衛卫裝装製制覽览計计許许訪访詐诈評评試试課课諮咨豐丰責责' +
  '販贩貿贸賞赏贏赢趕赶跡迹軍军較较載载輕轻輔辅農农連连違违選选遲迟鄰邻醫医釋释針针鈔钞鈕钮鏈链鑰钥閃闪閒闲陣阵陳陈險险隨随雖虽雞鸡靜静韓韩項项頓顿顏颜願愿顧顾飯饭' +
  '飲饮養养驅驱鬧闹黨党齒齿掛挂採采損损搖摇攝摄擬拟撥拨擋挡擠挤擾扰敗败暫暂曆历殘残殺杀沖冲洩泄淨净滅灭漲涨潔洁濟济濕湿災灾獨独畢毕異异疊叠稱称節节籃篮糾纠紛纷紹绍' +
  '綱纲緒绪編编緣缘縣县織织繞绕羅罗習习聞闻脹胀膚肤臨临艙舱萬万葉叶著着蓋盖薦荐衝冲觸触討讨託托詞词誌志誠诚諸诸講讲譯译貝贝貪贪貫贯賀贺賓宾賭赌賴赖賽赛贊赞蹤踪軌轨' +
  '輪轮輛辆辭辞郵邮銷销鋪铺鐵铁鑑鉴閣阁闊阔陸陆陰阴階阶雲云霧雾頂顶頒颁顆颗颱台飽饱餅饼饋馈駕驾騙骗驚惊髒脏鮮鲜麥麦幹干乾干隻只檯台檔档檢检樓楼構构槍枪橋桥歐欧殼壳' +
  '毀毁湯汤濾滤瀏浏煙烟熱热燈灯營营牆墙獄狱礙碍祕秘窩窝競竞築筑籤签紐纽緩缓締缔繩绳罷罢聰聪膠胶藍蓝蘇苏襲袭誇夸諾诺謂谓豬猪貓猫賢贤趨趋輯辑邏逻醬酱鋼钢鍋锅鏡镜闖闯' +
  '頰颊餵喂騰腾鬆松麗丽龐庞訴诉詩诗誘诱謹谨鎮镇鬥斗閘闸鑽钻縫缝彈弹戀恋懷怀憶忆懶懒攤摊擺摆搶抢揮挥剛刚劃划劑剂勞劳勢势勁劲匱匮廠厂厲厉吳吴啟启喚唤嘆叹噴喷嚇吓囑嘱' +
  '壯壮夠够奪夺奮奋婦妇媽妈嬰婴孫孙寧宁尋寻屆届島岛庫库廢废彎弯復复恆恒惡恶愛爱慣惯戰战拋抛掙挣揚扬撐撑擱搁攔拦敘叙斂敛晝昼暈晕曉晓來来楊杨榮荣樞枢橫横櫃柜毆殴漁渔' +
  '濫滥煩烦爛烂犧牺獅狮獻献瑩莹畝亩癒愈皺皱盞盏睜睁瞭了矯矫磚砖祿禄禪禅穫获筍笋箏筝紡纺絲丝綿绵緝缉縱纵繪绘纖纤罈坛翹翘聳耸肅肃脅胁膩腻臟脏艦舰芻刍蓮莲藉借蝦虾蠻蛮' +
  '襯衬覓觅診诊謎谜謠谣貞贞賊贼贖赎贍赡踐践軀躯輩辈轟轰迴回適适遷迁邁迈釣钓鈍钝銜衔鋒锋錘锤鍾钟鎊镑鏽锈閥阀闢辟隸隶雋隽霑沾靂雳韻韵頌颂頹颓顛颠飆飙餡馅饒饶駁驳驕骄' +
  '驛驿鬍胡鴻鸿鵝鹅鷹鹰鹽盐黴霉齣出龜龟係系倆俩倉仓偉伟側侧偵侦傑杰傘伞債债傷伤傾倾僅仅僑侨儀仪億亿儘尽償偿兒儿兩两凱凯創创劍剑勝胜勳勋卻却厭厌咼呙喪丧噸吨嚨咙囉啰' +
  '圓圆塊块塗涂塵尘墜坠壇坛壺壶夢梦夾夹奧奥妝妆娛娱嬌娇寬宽寵宠屍尸岡冈巖岩帥帅幟帜廂厢廟庙彆别徑径惱恼慘惨慶庆憂忧懸悬懼惧挾挟捨舍捲卷掄抡揹背摯挚撈捞撲扑擷撷攢攒' +
  '敵敌斬斩昇升暢畅暱昵朧胧棄弃棟栋槓杠樁桩樸朴橢椭檸柠櫻樱欄栏歎叹氈毡汙污涼凉淚泪淺浅溝沟溫温滾滚漸渐潛潜澀涩澤泽濃浓濱滨瀉泻瀰弥爐炉牽牵犢犊猶犹瑪玛璽玺甦苏痠酸' +
  '瘋疯癢痒眾众睏困矚瞩礦矿禍祸禦御秈籼稈秆稜棱穀谷竊窃篩筛籌筹籠笼粵粤糞粪糰团紗纱紮扎絞绞綢绸緞缎緻致縛缚繃绷繡绣羨羡義义聖圣脈脉腳脚膽胆艷艳莖茎莊庄萊莱蒼苍蔣蒋' +
  '蕭萧薑姜蘆芦蘭兰虛虚蟻蚁蠟蜡衆众裊袅褻亵訓训訝讶訣诀諒谅謙谦謬谬譜谱讚赞豈岂豎竖貶贬賈贾賜赐賦赋趙赵踴踊躉趸軸轴辯辩迺乃遙遥鄒邹醞酝釀酿鈴铃鉤钩銘铭鋁铝錫锡鍛锻' +
  '鏟铲鑄铸鑼锣閑闲閨闺闈闱陝陕隕陨雛雏鞏巩韌韧頗颇頸颈顫颤飢饥餃饺餓饿饑饥馳驰駐驻騎骑驟骤骯肮鬱郁鯨鲸鳴鸣鴉鸦鶴鹤齋斋專专繫系傭佣鍾钟嚮向' +
  '刪删丟丢駭骇徹彻撿捡滙汇綫线衞卫爲为僞伪偽伪証证摺折噁恶彙汇罵骂啓启癮瘾鍊链墊垫攬揽悅悦' +
  '螢萤嘗尝併并爾尔釘钉唸念執执揀拣遊游麽么剷铲撳揿搵揾舖铺' +
  '報报賺赚貢贡貧贫謊谎謀谋詭诡誕诞譽誉輝辉躍跃駛驶懲惩礎础瞞瞒腫肿燒烧爺爷蟲虫襪袜褲裤臥卧纏缠艱艰曬晒攪搅潤润烏乌賄贿賤贱貯贮滬沪誼谊諧谐謗谤譴谴轄辖鄭郑鄧邓';

const T2S: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();

/** Characters that exist only in Traditional writing (the map's keys). */
export function isTraditionalOnly(char: string): boolean {
  return T2S.has(char);
}

/**
 * Targets of the map that Traditional text also uses in other words (台灣, 只有, 公里, 皇后…; 周末, 方向, 注意, 秘密, 喂,
 * 愈來愈, 倒霉, 批准, 洩/泄, names as 周杰倫; 着 beside 著, as Taiwan's input methods offer both: 等着, 睡着; 佣金 and 污染 as
 * Taiwan writes them): a Taiwanese question with one of them was read as Simplified ("我一直在等着客服回覆" has no other
 * character of either script).
 */
const ALSO_TRADITIONAL = '台只干了借出面表回系志卜松斗升胡困谷舍卷背尸岩里后余冲托叶历酸致扎范苏姜辟乃沾御征制丑采折虫卧晒周向注秘喂愈霉朴杰郁泄准念游着佣污';

/** Characters that exist only in Simplified writing: evidence for zh-CN in language detection. */
const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set(
  [...T2S.values()].filter((c) => !ALSO_TRADITIONAL.includes(c)),
);

export function isSimplifiedOnly(char: string): boolean {
  return SIMPLIFIED_ONLY.has(char);
}

/** Any character of the map (one native scan; most text has none). */
const TRADITIONAL = new RegExp(`[${[...T2S.keys()].join('')}]`, 'gu');

export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL, (ch) => T2S.get(ch)!);
}
