# Written by 'dialscape export powershell --target lync' from tests/io.dialscape.cli.tests/src/test/resources/export/rideau-voice.ucm
# Re-runnable: each object is created when it is missing and then set as the model says.
# Run it in the Skype for Business Server (or Lync Server) Management Shell.
$ErrorActionPreference = 'Stop'

# Not exported (PowerShell cannot hold it):
#   gateway lbg01 (line 5): it has no FQDN, so PowerShell cannot name it (routes through it leave it out)
#   pbx icp01 (line 4): not a Lync or Teams object
#   route PBX (line 9): none of its gateways has an FQDN
#   route Local613 (line 10): its gateway lbg01 without an FQDN is left out
#   users OttawaStaff (line 14): assign the dial plan and policy to the users with Grant-CsDialPlan / Grant-CsVoicePolicy
#   digits lbgOut (line 27): a Mitel LBG digit-modification table is configured on the gateway, not in PowerShell

# Dial plan Ottawa
$dp_Ottawa_1 = New-CsVoiceNormalizationRule -Parent 'Ottawa' -Name 'O''Brien''s line' -Pattern '^(5660)$' -Translation '+1613592$1' -InMemory
$dp_Ottawa_2 = New-CsVoiceNormalizationRule -Parent 'Ottawa' -Name 'Rule 2' -Pattern '^(\d{7})$' -Translation '+1613$1' -InMemory
$dp_Ottawa_3 = New-CsVoiceNormalizationRule -Parent 'Ottawa' -Name 'Dollar $ket' -Pattern '^9(\d+)$' -Translation '$1' -InMemory
if (-not (Get-CsDialPlan -Identity 'Ottawa' -ErrorAction SilentlyContinue)) {
    New-CsDialPlan -Identity 'Ottawa'
}
Set-CsDialPlan -Identity 'Ottawa' -NormalizationRules @{Replace=$dp_Ottawa_1, $dp_Ottawa_2, $dp_Ottawa_3}

# PSTN usages
if ((Get-CsPstnUsage -Identity Global).Usage -notcontains 'Internal') {
    Set-CsPstnUsage -Identity Global -Usage @{Add='Internal'}
}
if ((Get-CsPstnUsage -Identity Global).Usage -notcontains 'Local') {
    Set-CsPstnUsage -Identity Global -Usage @{Add='Local'}
}
if ((Get-CsPstnUsage -Identity Global).Usage -notcontains 'International') {
    Set-CsPstnUsage -Identity Global -Usage @{Add='International'}
}

# Trunk to gateway gw01 (gw01.corp.rideau.local)
$tr_gw01_1 = New-CsOutboundTranslationRule -Parent 'PstnGateway:gw01.corp.rideau.local' -Name 'NANP to 10 digits' -Pattern '^\+1(\d{10})$' -Translation '$1' -InMemory
# dialscape: translation gw01Out
if (-not (Get-CsTrunkConfiguration -Identity 'PstnGateway:gw01.corp.rideau.local' -ErrorAction SilentlyContinue)) {
    New-CsTrunkConfiguration -Identity 'PstnGateway:gw01.corp.rideau.local'
}
Set-CsTrunkConfiguration -Identity 'PstnGateway:gw01.corp.rideau.local' -OutboundTranslationRulesList @{Replace=$tr_gw01_1}

# Routes, in priority order
if (-not (Get-CsVoiceRoute -Identity 'Local613' -ErrorAction SilentlyContinue)) {
    New-CsVoiceRoute -Identity 'Local613' -Priority 0 -NumberPattern '^\+1613\d{7}$' -PstnUsages @{Add='Local'} -PstnGatewayList @{Add='PstnGateway:gw01.corp.rideau.local'}
} else {
    Set-CsVoiceRoute -Identity 'Local613' -Priority 0 -NumberPattern '^\+1613\d{7}$' -PstnUsages @{Replace='Local'} -PstnGatewayList @{Replace='PstnGateway:gw01.corp.rideau.local'}
}
if (-not (Get-CsVoiceRoute -Identity 'World' -ErrorAction SilentlyContinue)) {
    New-CsVoiceRoute -Identity 'World' -Priority 1 -NumberPattern '^\+' -PstnUsages @{Add='International'} -PstnGatewayList @{Add='PstnGateway:gw01.corp.rideau.local'}
} else {
    Set-CsVoiceRoute -Identity 'World' -Priority 1 -NumberPattern '^\+' -PstnUsages @{Replace='International'} -PstnGatewayList @{Replace='PstnGateway:gw01.corp.rideau.local'}
}

# Voice policies
if (-not (Get-CsVoicePolicy -Identity 'Staff' -ErrorAction SilentlyContinue)) {
    New-CsVoicePolicy -Identity 'Staff' -PstnUsages @{Add='Internal', 'Local'}
} else {
    Set-CsVoicePolicy -Identity 'Staff' -PstnUsages @{Replace='Internal', 'Local'}
}
if (-not (Get-CsVoicePolicy -Identity 'Execs' -ErrorAction SilentlyContinue)) {
    New-CsVoicePolicy -Identity 'Execs' -PstnUsages @{Add='Internal', 'Local', 'International'}
} else {
    Set-CsVoicePolicy -Identity 'Execs' -PstnUsages @{Replace='Internal', 'Local', 'International'}
}
