import type { ColumnRole, PersonalKind } from './types.js';

/**
 * Whole headers, folded by normaliseKey (lower case, no accents, only a-z0-9), that name a role
 * (docs/method.md). Sources: the table in docs/method.md; AFAS Profit field names
 * (ZpCd, Rs, CoId, EmId, HrWk, DyWk); SAP HCM infotype fields (PSTLZ, ORT01, LAND1, PERNR,
 * WERKS, BTRTL, WKWDY); Dutch hospital, municipality and English exports seen in practice.
 * `exact` gives confidence 1; `likely` 0.9, for headers that may mean something coarser
 * (SAP WERKS is the personnel area, BTRTL the subarea that usually is the site).
 */
export const ROLE_HEADERS: Readonly<Record<ColumnRole, { exact: readonly string[]; likely?: readonly string[] }>> = {
  homePostcode: {
    exact: ['postcode', 'pc', 'zpcd', 'pstlz', 'postalcode', 'zip', 'zipcode', 'postcodewoonadres', 'postcodethuis',
      'woonpostcode', 'postcodewoonplaats', 'postcodeprive', 'postcodemedewerker', 'homepostcode', 'homezip', 'homepostalcode',
      'postleitzahl', 'plz', 'pc4', 'pc6', 'postcodecijfers', 'postcodewoonadresmedewerker'],
  },
  workLocation: {
    exact: ['vestiging', 'locatie', 'standplaats', 'werklocatie', 'werkplaats', 'vestigingsplaats', 'btrtl', 'worklocation',
      'location', 'site', 'office', 'kantoor', 'postcodevestiging', 'postcodewerk', 'werkpostcode', 'postcodewerklocatie',
      'vestigingsnaam', 'locatienaam', 'vestigingscode', 'locatiecode', 'bedrijfslocatie', 'workplace', 'branch', 'werkplek',
      'personeelsdeelgebied', 'werkadres', 'plaatsvestiging', 'worksite', 'officelocation', 'arbeitsort'],
    likely: ['werks', 'personeelsgebied', 'vestigingen'],
  },
  country: {
    exact: ['land', 'country', 'coid', 'land1', 'landcode', 'countrycode', 'woonland', 'landwoonadres', 'homecountry'],
  },
  homePlace: {
    exact: ['woonplaats', 'plaats', 'rs', 'ort01', 'city', 'town', 'residence', 'place', 'homecity', 'hometown', 'plaatsnaam',
      'woongemeente', 'gemeente', 'wohnort', 'ort', 'stad', 'woonplaatsmedewerker'],
  },
  employeeId: {
    exact: ['personeelsnummer', 'personeelsnr', 'persnr', 'persnummer', 'medewerkernummer', 'medewerkernr', 'mdwnr', 'emid',
      'pernr', 'employeeid', 'employeenumber', 'employeeno', 'empid', 'empno', 'staffid', 'staffnumber', 'werknemersnummer',
      'werknemernummer', 'id', 'nummer', 'nr', 'registratienummer', 'medewerkerid', 'medewerkercode', 'personeelsid',
      'personnelnumber', 'personnelno', 'mwnr', 'mednr'],
    likely: ['medewerker', 'werknemer', 'employee'],
  },
  fte: {
    exact: ['fte', 'deeltijdfactor', 'parttimefactor', 'parttimepercentage', 'deeltijdpercentage', 'percentage', 'werktijdfactor',
      'dienstverbandpercentage', 'omvangdienstverband', 'fteomvang', 'ftecontract', 'contractfte', 'betrekkingsomvang',
      'ptfactor', 'ptpercentage', 'parttimepct', 'employmentpercentage', 'aantalfte', 'ftes'],
  },
  hoursPerWeek: {
    exact: ['urenperweek', 'hrwk', 'contracturen', 'uren', 'urenweek', 'weekuren', 'aantaluren', 'arbeidsduur', 'werkuren',
      'contracturenperweek', 'hoursperweek', 'weeklyhours', 'hours', 'contracthours', 'wochenstunden', 'arbeidsduurperweek',
      'uurperweek', 'aantalurenperweek', 'contracturenweek'],
  },
  workdaysPerWeek: {
    exact: ['werkdagen', 'dagenperweek', 'dywk', 'wkwdy', 'werkdagenperweek', 'aantalwerkdagen', 'workdays', 'daysperweek',
      'workingdays', 'werkdagenweek', 'dagen', 'aantaldagen', 'aantaldagenperweek', 'arbeitstage'],
  },
  homeworkDaysPerWeek: {
    exact: ['thuiswerkdagen', 'thuiswerkdagenperweek', 'thuiswerken', 'wfhdays', 'homeworkdays', 'workfromhomedays',
      'remotedays', 'dagenthuiswerken', 'thuiswerk', 'aantalthuiswerkdagen', 'homeofficetage'],
  },
  mode: {
    exact: ['vervoerwijze', 'vervoerswijze', 'modaliteit', 'vervoermiddel', 'vervoersmiddel', 'reiswijze', 'mode',
      'modeoftransport', 'transportmode', 'commutemode', 'huidigvervoermiddel', 'reismiddel', 'verkeersmiddel', 'verkehrsmittel'],
  },
  leaseCar: {
    exact: ['leaseauto', 'lease', 'leaseregeling', 'companycar', 'bedrijfsauto', 'autovandezaak', 'leasecar', 'heeftleaseauto',
      'leaseautojanee', 'dienstwagen'],
  },
  fuel: {
    exact: ['brandstof', 'fuel', 'brandstofsoort', 'brandstoftype', 'fueltype', 'aandrijving', 'brandstofleaseauto', 'energiebron',
      'kraftstoff'],
  },
  allowance: {
    exact: ['reiskostenvergoeding', 'vergoeding', 'typevergoeding', 'reiskosten', 'soortvergoeding', 'vergoedingstype',
      'travelallowance', 'allowance', 'commuteallowance', 'reiskostenregeling', 'typereiskostenvergoeding', 'woonwerkvergoeding',
      'soortreiskostenvergoeding'],
  },
  distanceKm: {
    exact: ['afstandwoonwerkkm', 'afstandwoonwerk', 'reisafstand', 'afstand', 'afstandkm', 'enkelereisafstand', 'kmenkelereis',
      'woonwerkafstand', 'woonwerkkm', 'distance', 'distancekm', 'commutedistance', 'km', 'kilometers', 'aantalkm',
      'reisafstandkm', 'entfernung', 'afstandenkelereis', 'kmwoonwerk'],
  },
  startTime: {
    exact: ['begintijd', 'starttijd', 'aanvangstijd', 'aanvang', 'starttime', 'begintijddienst',
      'aanvangdienst', 'beginwerktijd', 'arbeitsbeginn', 'aanvangstijdstip', 'tijd', 'time'],
    likely: ['start', 'begin'],
  },
  shift: {
    exact: ['dienst', 'rooster', 'shift', 'ploeg', 'diensttype', 'roosternaam', 'dienstsoort', 'ploegendienst', 'schedule', 'roster',
      'werkrooster', 'schicht', 'dienstcode', 'roostercode'],
  },
};

/** Whole headers, folded by normaliseKey, of personal-data columns: never read (docs/method.md). */
export const PERSONAL_HEADERS: Readonly<Record<PersonalKind, readonly string[]>> = {
  name: ['naam', 'achternaam', 'voornaam', 'voorletters', 'tussenvoegsel', 'roepnaam', 'name', 'firstname', 'lastname', 'surname',
    'fullname', 'voornamen', 'initialen', 'initials', 'geboortenaam', 'meisjesnaam', 'volledigenaam', 'naammedewerker',
    'medewerkernaam', 'displayname', 'givenname', 'familyname', 'nachname', 'vorname', 'nachn', 'vorna', 'aanhef', 'titel'],
  street: ['straat', 'adres', 'street', 'address', 'straatnaam', 'woonadres', 'straathuisnummer', 'adresregel', 'addressline1',
    'addressline2', 'streetaddress', 'strasse', 'stras'],
  houseNumber: ['huisnummer', 'toevoeging', 'huisnr', 'housenumber', 'huisnummertoevoeging', 'huisnrtoev', 'hnr', 'hsnmr',
    'nummertoevoeging', 'huisletter'],
  birthDate: ['geboortedatum', 'birthdate', 'dob', 'dateofbirth', 'gebdatum', 'gebdat', 'geboren', 'gbdat', 'geburtsdatum'],
  email: ['email', 'emailadres', 'mail', 'emailaddress', 'emailprive', 'emailwerk', 'emailzakelijk', 'mailadres'],
  phone: ['telefoon', 'telefoonnummer', 'mobiel', 'mobielnummer', 'phone', 'telephone', 'mobile', 'gsm', 'tel', 'telnr',
    'phonenumber', 'mobilenumber', 'telefoonprive', 'mobielenummer'],
  bsn: ['bsn', 'sofi', 'sofinummer', 'burgerservicenummer', 'bsnnummer', 'sofinr', 'socialsecuritynumber', 'ssn', 'perid'],
  iban: ['iban', 'rekeningnummer', 'bankrekening', 'bankrekeningnummer', 'bankaccount', 'accountnumber', 'bankn'],
  licencePlate: ['kenteken', 'licenceplate', 'licenseplate', 'kentekenleaseauto', 'numberplate', 'nummerplaat', 'kennzeichen'],
  other: ['geslacht', 'gender', 'nationaliteit', 'nationality', 'leeftijd', 'age', 'geboorteplaats', 'geboorteland',
    'burgerlijkestaat', 'partner', 'sexe', 'gesch', 'foto', 'photo'],
};
